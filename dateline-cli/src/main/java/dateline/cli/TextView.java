package dateline.cli;

import dateline.article.Article;
import dateline.article.Image;

/** Readable plain-text views for a person at a terminal. */
final class TextView {
    private TextView() {
    }

    static String article(Article a) {
        StringBuilder s = new StringBuilder();
        s.append("== ").append(a.source()).append('\n');
        s.append(a.title() == null ? "(no title)" : a.title()).append('\n');
        StringBuilder meta = new StringBuilder();
        if (a.published() != null) {
            meta.append(a.published().iso()).append(" (").append(a.published().from()).append(')');
        }
        if (a.section() != null) {
            meta.append(meta.isEmpty() ? "" : " · ").append(a.section());
        }
        if (!a.authors().isEmpty()) {
            meta.append(meta.isEmpty() ? "" : " · ").append("by ").append(String.join(", ", a.authors()));
        }
        meta.append(meta.isEmpty() ? "" : " · ").append(a.language());
        s.append(meta).append('\n');
        if (a.url() != null) {
            s.append(a.url()).append('\n');
        }
        s.append('\n').append(a.text()).append('\n');
        for (Image image : a.images()) {
            s.append("[image] ");
            if (image.caption() != null) {
                s.append(image.caption()).append(' ');
            }
            if (image.credit() != null) {
                s.append("(credit: ").append(image.credit()).append(')');
            }
            s.append('\n');
        }
        return s.toString();
    }
}
