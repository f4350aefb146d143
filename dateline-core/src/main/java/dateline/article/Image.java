package dateline.article;

/** A picture in the article, kept as its caption and credit ("AFP/Kremlin Press Office"); either may be null. */
public record Image(String caption, String credit) {
}
