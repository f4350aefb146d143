package dateline.article;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What boilerplate looks like, on every site alike: class and id words of navigation, share bars, related lists,
 * comments, newsletters and cookie banners; and the short lines they leave in text ("Advertisement", "Read more",
 * "Sign up for our newsletter"). These lists follow the hints Readability and trafilatura use; none names a site.
 */
final class Boilerplate {
    /** Tags never part of an article's text. */
    static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe", "object",
            "embed", "canvas", "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "link",
            "dialog", "map", "audio", "video", "source", "track", "meta", "label", "math", "head");

    /** Class/id fragments of regions that are not the article (removed unless they also hold the article). */
    private static final String[] REGION = {"comment", "disqus", "related", "recommend", "outbrain", "taboola",
            "sidebar", "side-bar", "newsletter", "subscri", "signup", "sign-up", "cookie", "consent", "gdpr",
            "breadcrumb", "share", "sharing", "social", "promo", "sponsor", "advert", "banner", "popup", "modal",
            "masthead", "navbar", "navigation", "menu", "footer", "most-popular", "mostpopular", "popular-",
            "trending", "more-stories", "morestories", "read-more", "readmore", "read-next", "readnext", "author-bio",
            "authorbio", "author-info", "byline", "skip-link", "skiplink", "toolbar", "widget", "pagination", "pager",
            "print-only", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "screenreader",
            "hidden-print", "tag-list", "taglist", "article-tags", "post-tags", "entry-tags", "keywords",
            "topics", "follow", "login", "paywall-", "adslot", "ad-slot", "ad-container", "adcontainer", "ad-wrap",
            "ad-unit", "adunit", "dfp", "google-ad", "gpt-ad", "inline-ad", "in-article-ad", "native-ad", "teaser-list",
            "jump-link", "also-read", "alsoread", "see-also", "further-reading", "rating", "reaction", "next-article",
            "prev-next", "post-nav", "post-navigation", "timestamp", "dateline", "article-date", "post-date",
            "entry-date", "publish-date", "pubdate", "date-time", "article-meta", "post-meta", "entry-meta",
            "meta-info", "contributor", "caption", "credit", "copyright", "disclaimer", "offscreen",
            "overlay", "slideshow", "carousel", "gallery-thumb", "whatsapp", "pinterest", "linkedin", "email-", "mail-",
            "video-player"};

    /** Class/id words (whole words) of the same. */
    private static final Set<String> REGION_WORDS = Set.of("ad", "ads", "nav", "tags", "tag", "meta", "date", "time",
            "aside", "print", "hide", "share", "shares", "promo", "author", "authors", "extra", "extras", "rss",
            "sharing", "links", "more", "about", "bio", "credits", "byline", "info");

    /** Class/id fragments that may hold the article itself: these overrule a region word in the same name. */
    private static final String[] CONTENT = {"article", "content", "story", "entry", "post-body", "postbody",
            "main", "text", "body", "column", "blog", "post"};

    /** Fragments that strongly mark the article body. */
    private static final String[] BODY = {"articlebody", "article-body", "article_body", "articletext",
            "article-text", "article-content", "articlecontent", "article_content", "story-body", "storybody",
            "story-text", "story-content", "storycontent", "entry-content", "post-content", "postcontent",
            "post-body", "postbody", "post-text", "body-text", "bodytext", "article__body", "article-copy",
            "main-content", "content-body", "text-body", "richtext", "rich-text", "news-text", "paywall"};

    /** Lines that are furniture wherever they appear: labels, calls to action, legal notes. */
    static final Pattern FURNITURE = Pattern.compile("(?iu)^(?:advertisement|advertising|advert|ad|anzeige|publicidad|"
            + "publicité|pubblicità|реклама|sponsored|sponsored content|story continues below( advertisement)?|"
            + "continue reading( below)?|continue reading the main story|read more|read next|read also|"
            + "related( articles?| stories| content| coverage| news| posts?| links| reading)?|see also|more from .{0,40}|"
            + "recommended( for you| stories)?|most (read|popular|viewed)|trending( now)?|share( this)?( article| story| post)?|"
            + "share on .{0,20}|tweet|print|email|comments?|\\d+ comments?|leave a comment|"
            + "sign up|subscribe( now)?|click here|loading|loading\\.\\.\\.|image|photo|video|watch|listen|"
            + "skip (to )?(main )?content|back to top|breadcrumbs?|(jump to (navigation|search|content)\\s*){1,3}|top|close|menu|search|log ?in|sign in|register|"
            + "follow us.{0,40}|all rights reserved.{0,60}|(copyright|©).{0,100}|"
            + "getty images|ap photo|reuters|afp|file photo|"
            + "(updated|published|posted|last updated|first published)( on| at)?:? .{0,60}|"
            + "(photo|image|picture|photograph|foto|фото|credit|source|video|graphic)s?( credit)?\\s?:.{0,80}|"
            + "(click|tap) (here|to) .{0,80}|download (the|our) app.{0,60}|"
            + "(have|got) a (news )?tip\\?.{0,80}|contact (us|the author).{0,80}|"
            + "\\W{0,3}(more|also|read|see|watch|listen)( more)?( here)?\\s?:.{0,150}|"
            + "(image|photo|slide|picture) \\d+ (of|/) \\d+|[_=*~•·—–-]{3,}|"
            + "if you (enjoyed|liked|value) this (article|story|post).{0,300})$");

    /** Phrases that make a short line furniture wherever they stand in it (looked for with {@code find}). */
    static final Pattern FURNITURE_PHRASE = Pattern.compile("(?iu)\\b(?:follow (?:us|him|her|them|me) on "
            + "(?:twitter|facebook|instagram|linkedin)|(?:sign up|subscribe|register) (?:for|to|now)\\b.{0,120}"
            + "\\b(?:newsletter|inbox|updates)\\b|newsletter delivered|we use cookies|uses cookies|"
            + "cookie (?:policy|settings)|(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,80}newsletter|"
            + "get (?:the|our) .{0,40}newsletter)");

    /** A byline line: "By Jane Doe", "Por Juan Pérez", "Von Max Muster | dpa". */
    static final Pattern BYLINE = Pattern.compile("(?iu)^(by|from|por|von|par|di|door|av|oleh|de)\\s+\\p{Lu}.{0,80}$");

    private Boilerplate() {
    }

    static String hint(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) {
            String role = e.attr("role");
            return role.isEmpty() ? "" : role.toLowerCase(Locale.ROOT);
        }
        return (c + " " + id + " " + e.attr("role")).toLowerCase(Locale.ROOT);
    }

    /** Whether an element's class, id or role names a non-article region, with no word that may mean the article. */
    static boolean isRegion(String hint) {
        if (hint.isEmpty()) {
            return false;
        }
        if (hint.contains("navigation") || hint.contains("complementary") || hint.contains("contentinfo")) {
            return true;
        }
        if (hint.contains("embed") || hint.contains("tweet")) {
            return false; // embedded posts quoted by the article ("social-media-embed") are part of it
        }
        boolean region = false;
        for (String f : REGION) {
            if (hint.contains(f)) {
                region = true;
                break;
            }
        }
        if (!region) {
            for (String w : words(hint)) {
                if (REGION_WORDS.contains(w)) {
                    region = true;
                    break;
                }
            }
        }
        if (!region) {
            return false;
        }
        for (String f : CONTENT) {
            if (hint.contains(f)) {
                // "article-comments", "content-sidebar" still name a region; "article-body" does not.
                return hint.contains("comment") || hint.contains("related") || hint.contains("sidebar")
                        || hint.contains("share") || hint.contains("social") || hint.contains("newsletter")
                        || hint.contains("recommend") || hint.contains("promo") || hint.contains("caption")
                        || hint.contains("byline") || hint.contains("tags") || hint.contains("meta")
                        || hint.contains("author") || hint.contains("footer") || hint.contains("advert");
            }
        }
        return true;
    }

    static boolean isBody(String hint) {
        for (String f : BODY) {
            if (hint.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Readability-style class weight: positive for article words, negative for region words. */
    static int weight(String hint) {
        if (hint.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (isBody(hint)) {
            w += 35;
        } else {
            for (String f : CONTENT) {
                if (hint.contains(f)) {
                    w += 25;
                    break;
                }
            }
        }
        if (isRegion(hint)) {
            w -= 25;
        }
        return w;
    }

    private static String[] words(String hint) {
        return hint.split("[^a-z0-9]+");
    }
}
