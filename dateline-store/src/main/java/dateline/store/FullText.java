package dateline.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Lucene side of the store: one document per article, keyed by the article's content hash, with its title and
 * text for search and a MinHash sketch of its text for finding copies.
 *
 * <p>The sketch is Lucene's own analysis chain — words, lower-cased, five-word shingles, and {@link MinHashFilter}
 * keeping the {@value #SKETCH} lowest shingle hashes (a bottom-k sketch). Two sketches sharing {@code s} of their
 * {@code a} and {@code b} terms estimate the Jaccard similarity of the shingle sets as {@code s / (a + b - s)}: exact
 * for texts of fewer shingles than that, and the bottom-k estimate for longer ones. Finding the nearest stored text
 * is one term query.
 */
final class FullText implements AutoCloseable {
    static final String HASH = "hash";
    private static final String SKETCH_FIELD = "minhash";
    private static final String SKETCH_SIZE = "minhash_size";
    private static final int SKETCH = 128;
    /** Fewer shingles than this say too little to call two texts copies (a headline, a caption). */
    private static final int MIN_SHINGLES = 40;
    // Sketches of the articles put since the searcher last saw the index: near-copy lookups compare them directly, so
    // that a batch does not reopen the index (and flush a one-article segment) for every article it stores.
    private static final int REFRESH_EVERY = 256;

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Set<BytesRef>> pending = new LinkedHashMap<>();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final Analyzer sketcher = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer words = new StandardTokenizer();
            ShingleFilter shingles = new ShingleFilter(new LowerCaseFilter(words), 5, 5);
            shingles.setOutputUnigrams(false);
            return new TokenStreamComponents(words, new MinHashFilter(shingles, 1, 1, SKETCH, false));
        }
    };

    FullText(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        Analyzer perField = new PerFieldAnalyzerWrapper(analyzer, Map.of(SKETCH_FIELD, sketcher));
        writer = new IndexWriter(directory, new IndexWriterConfig(perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        searchers = new SearcherManager(writer, null);
    }

    /** Adds or replaces the article: replacing makes a re-run after a crash harmless. */
    synchronized void put(String hash, String title, String text) throws IOException {
        Set<BytesRef> sketch = sketch(text);
        Document doc = new Document();
        doc.add(new StringField(HASH, hash, Field.Store.YES));
        doc.add(new TextField("title", title == null ? "" : title, Field.Store.NO));
        doc.add(new TextField("text", text, Field.Store.NO));
        doc.add(new TextField(SKETCH_FIELD, text, Field.Store.NO));
        doc.add(new StoredField(SKETCH_SIZE, sketch.size()));
        writer.updateDocument(new Term(HASH, hash), doc);
        pending.put(hash, sketch);
        if (pending.size() >= REFRESH_EVERY) {
            refresh();
        }
    }

    /** Makes every article put so far visible to the searcher; the pending sketches are then no longer needed. */
    private synchronized void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
        pending.clear();
    }

    private Set<BytesRef> sketch(String text) throws IOException {
        Set<BytesRef> terms = new HashSet<>();
        try (TokenStream ts = sketcher.tokenStream(SKETCH_FIELD, text)) {
            TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(BytesRef.deepCopyOf(term.getBytesRef()));
            }
            ts.end();
        }
        return terms;
    }

    /** An indexed article, by its content hash, and how well it matched: Lucene's score, or a similarity. */
    record Hit(String hash, double score) {
    }

    /**
     * The indexed article whose text is nearest to this one, when the estimated Jaccard similarity of their five-word
     * shingles is at least {@code minSimilarity}: {hash, similarity}, or null.
     */
    synchronized Hit nearest(String text, double minSimilarity) throws IOException {
        if (text.split("\\s+", MIN_SHINGLES + 5).length < MIN_SHINGLES + 4) {
            return null;
        }
        Set<BytesRef> terms = sketch(text);
        // Each shared term scores 1: the score is the number of sketch terms two texts have in common. A similarity
        // of t needs at least t times this sketch's terms in common, whatever the other sketch's size.
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (BytesRef t : terms) {
            q.add(new ConstantScoreQuery(new TermQuery(new Term(SKETCH_FIELD, t))), BooleanClause.Occur.SHOULD);
        }
        q.setMinimumNumberShouldMatch((int) Math.ceil(minSimilarity * terms.size()));
        Hit best = null;
        for (Map.Entry<String, Set<BytesRef>> p : pending.entrySet()) {
            int shared = 0;
            for (BytesRef t : terms) {
                shared += p.getValue().contains(t) ? 1 : 0;
            }
            double similarity = (double) shared / (terms.size() + p.getValue().size() - shared);
            if (similarity >= minSimilarity && (best == null || similarity > best.score())) {
                best = new Hit(p.getKey(), similarity);
            }
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            for (ScoreDoc sd : searcher.search(q.build(), 8).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                Number size = d.getField(SKETCH_SIZE) == null ? null : d.getField(SKETCH_SIZE).numericValue();
                if (size == null) {
                    continue;
                }
                double similarity = sd.score / (terms.size() + size.intValue() - sd.score);
                if (similarity >= minSimilarity && (best == null || similarity > best.score())) {
                    best = new Hit(d.get(HASH), similarity);
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return best;
    }

    synchronized void delete(String hash) throws IOException {
        writer.deleteDocuments(new Term(HASH, hash));
        pending.remove(hash);
    }

    void commit() throws IOException {
        writer.commit();
    }

    /**
     * The hashes of every article indexed as this version indexes it, committed or not. An article indexed before
     * texts carried a sketch is left out, so that reconciling indexes it again and copies of it are found.
     */
    Set<String> hashes() throws IOException {
        Set<String> out = new HashSet<>();
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs all = searcher.search(new org.apache.lucene.search.MatchAllDocsQuery(),
                    Math.max(1, searcher.getIndexReader().numDocs()));
            for (ScoreDoc sd : all.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                if (d.getField(SKETCH_SIZE) != null) {
                    out.add(d.get(HASH));
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return out;
    }

    /** Article hashes matching a query in Lucene's classic syntax, best first, with their scores. */
    List<Hit> search(String query, int limit) throws IOException {
        Query q;
        try {
            QueryParser parser = new MultiFieldQueryParser(new String[]{"title", "text"}, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            q = parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad query: " + query + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
        } catch (TooComplexToDeterminizeException e) {
            // A regular expression whose automaton would explode: the asker's query, not the server, is at fault.
            throw new IllegalArgumentException("query too complex: " + query);
        }
        List<Hit> out = new ArrayList<>();
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
                out.add(new Hit(searcher.storedFields().document(sd.doc).get(HASH), sd.score));
            }
        } finally {
            searchers.release(searcher);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
