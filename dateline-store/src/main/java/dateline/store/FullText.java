package dateline.store;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The Lucene side of the store: one document per article, keyed by the article's content hash. */
final class FullText implements AutoCloseable {
    static final String HASH = "hash";
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    FullText(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }

    /** Adds or replaces the article: replacing makes a re-run after a crash harmless. */
    void put(String hash, String title, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(HASH, hash, Field.Store.YES));
        doc.add(new TextField("title", title == null ? "" : title, Field.Store.NO));
        doc.add(new TextField("text", text, Field.Store.NO));
        writer.updateDocument(new Term(HASH, hash), doc);
    }

    void delete(String hash) throws IOException {
        writer.deleteDocuments(new Term(HASH, hash));
    }

    void commit() throws IOException {
        writer.commit();
    }

    /** The hashes of every indexed article, committed or not. */
    Set<String> hashes() throws IOException {
        Set<String> out = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs all = searcher.search(new org.apache.lucene.search.MatchAllDocsQuery(), Math.max(1, reader.numDocs()));
            for (ScoreDoc sd : all.scoreDocs) {
                out.add(searcher.storedFields().document(sd.doc).get(HASH));
            }
        }
        return out;
    }

    /** Article hashes matching a query in Lucene's classic syntax, best first, with their scores. */
    List<Object[]> search(String query, int limit) throws IOException {
        Query q;
        try {
            QueryParser parser = new MultiFieldQueryParser(new String[]{"title", "text"}, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            q = parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad query: " + query + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        List<Object[]> out = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
                out.add(new Object[]{searcher.storedFields().document(sd.doc).get(HASH), sd.score});
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        writer.close();
        directory.close();
    }
}
