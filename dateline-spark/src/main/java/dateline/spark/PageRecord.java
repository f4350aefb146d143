package dateline.spark;

import dateline.page.Page;
import dateline.page.PageFailure;

import java.io.Serializable;
import java.nio.charset.Charset;

/**
 * A page, or a page that could not be read, as Spark moves it between tasks: the pages of one archive are spread
 * over many tasks, since one CC-NEWS file holds tens of thousands of them and reading is what takes the time.
 *
 * @param failure the failure line ("source: reason"), or null for a page
 */
record PageRecord(String source, byte[] bytes, Page.Kind kind, String url, String charset, String failure)
        implements Serializable {

    static PageRecord of(Page page) {
        return new PageRecord(page.source(), page.bytes(), page.kind(), page.url(),
                page.charset() == null ? null : page.charset().name(), null);
    }

    static PageRecord of(PageFailure failure) {
        return new PageRecord(failure.source(), new byte[0], Page.Kind.TEXT, null, null, failure.message());
    }

    Page page() {
        return new Page(source, bytes, kind, url, charset == null ? null : Charset.forName(charset));
    }
}
