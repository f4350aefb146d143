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
import dateline.reading.Names;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Lucene side of the store: one document per article, keyed by the article's content hash, with its title and
 * text for search, its facet values ({@link ArticleFacets}: terms to narrow by, sorted-set doc values that Lucene's
 * facet module counts over the matches) and a MinHash sketch of its text for finding copies.
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
    /**
     * What an index document holds: 2 added the facets. A document of an older version is indexed again when the
     * store opens ({@link #hashes}).
     */
    private static final int VERSION = 2;
    private static final String INDEXED_AS = "indexed_as";
    private static final String ENTITY_KEY = "entity_key";
    private static final String PLACE_KEY = "place_key";
    private static final String TYPE = "type";
    private static final String OUTLET = "outlet";
    private static final String DAY = "day";
    private static final String DAY_ORDER = "day_order";
    /** Longest value a facet or filter term keeps: Lucene refuses a term over 32,766 bytes, and pages are strangers'. */
    private static final int LONGEST_VALUE = 300;
    private static final int TOP = 10;
    private static final Sort NEWEST = newest();
    private static final FacetsConfig FACETS = new FacetsConfig();

    static {
        for (String dim : List.of("entity", "place", "type", "outlet", "month")) {
            FACETS.setMultiValued(dim, true);
        }
    }

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, Set<BytesRef>> pending = new LinkedHashMap<>();
    // The facets' ordinals for the reader they were read from: reading them costs a pass over the index's values.
    private SortedSetDocValuesReaderState facetState;
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
    synchronized void put(String hash, String title, String text, ArticleFacets facets) throws IOException {
        Set<BytesRef> sketch = sketch(text);
        Document doc = new Document();
        doc.add(new StringField(HASH, hash, Field.Store.YES));
        doc.add(new TextField("title", title == null ? "" : title, Field.Store.NO));
        doc.add(new TextField("text", text, Field.Store.NO));
        doc.add(new TextField(SKETCH_FIELD, text, Field.Store.NO));
        doc.add(new StoredField(SKETCH_SIZE, sketch.size()));
        doc.add(new StoredField(INDEXED_AS, VERSION));
        facets.entityKeys().forEach(k -> term(doc, ENTITY_KEY, k));
        facets.placeKeys().forEach(k -> term(doc, PLACE_KEY, k));
        facets.types().forEach(t -> term(doc, TYPE, t));
        facets.entities().forEach(n -> facet(doc, "entity", n));
        facets.places().forEach(n -> facet(doc, "place", n));
        facets.types().forEach(t -> facet(doc, "type", t));
        if (facets.outlet() != null) {
            term(doc, OUTLET, facets.outlet());
            facet(doc, "outlet", facets.outlet());
        }
        if (facets.day() != null) {
            doc.add(new IntPoint(DAY, (int) facets.day().toEpochDay()));
            doc.add(new NumericDocValuesField(DAY_ORDER, facets.day().toEpochDay()));
            facet(doc, "month", facets.day().toString().substring(0, 7));
        }
        writer.updateDocument(new Term(HASH, hash), FACETS.build(doc));
        pending.put(hash, sketch);
        if (pending.size() >= REFRESH_EVERY) {
            refresh();
        }
    }

    private static void facet(Document doc, String dim, String value) {
        if (!value.isEmpty() && value.length() <= LONGEST_VALUE) { // a facet label may not be empty
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }

    private static void term(Document doc, String field, String value) {
        if (value.length() <= LONGEST_VALUE) {
            doc.add(new StringField(field, value, Field.Store.NO));
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
     * The hashes of every article indexed as this version indexes it, committed or not. An article indexed by an
     * older version (before texts carried a sketch, or before the facets) is left out, so that reconciling indexes it
     * again: then copies of it are found and search counts it.
     */
    Set<String> hashes() throws IOException {
        Set<String> out = new HashSet<>();
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs all = searcher.search(new MatchAllDocsQuery(),
                    Math.max(1, searcher.getIndexReader().numDocs()));
            for (ScoreDoc sd : all.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                if (d.getField(INDEXED_AS) != null && d.getField(INDEXED_AS).numericValue().intValue() == VERSION) {
                    out.add(d.get(HASH));
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return out;
    }

    /** A page of the articles a search matches, best first (newest first without words), and how many match. */
    record Page(int total, List<Hit> hits) {
    }

    Page page(SearchQuery q) throws IOException {
        Query query = query(q);
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            int n = q.offset() + q.limit();
            boolean newest = q.text().isEmpty();
            TopDocs top = newest ? searcher.search(query, n, NEWEST) : searcher.search(query, n);
            List<Hit> hits = new ArrayList<>();
            for (int i = q.offset(); i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(new Hit(searcher.storedFields().document(sd.doc).get(HASH), newest ? 0 : sd.score));
            }
            return new Page(searcher.count(query), hits);
        } finally {
            searchers.release(searcher);
        }
    }

    private static Sort newest() {
        SortField day = new SortField(DAY_ORDER, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE); // undated last
        return new Sort(day);
    }

    /** The values the articles a search matches have most, each with how many of them have it. */
    SearchFacets facets(SearchQuery q) throws IOException {
        Query query = query(q);
        refresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            FacetsCollector matched = searcher.search(query, new FacetsCollectorManager());
            int total = matched.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
            SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
            Facets counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, matched);
            List<EntityProfile.Count> months = new ArrayList<>(counted(counts, "month", -1));
            months.sort(Comparator.comparing(EntityProfile.Count::value));
            return new SearchFacets(total, counted(counts, "entity", TOP), counted(counts, "type", TOP),
                    counted(counts, "place", TOP), counted(counts, "outlet", TOP), months);
        } finally {
            searchers.release(searcher);
        }
    }

    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (facetState == null || facetState.getReader() != reader) {
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
            } catch (IllegalArgumentException e) {
                return null; // nothing indexed with facets yet
            }
        }
        return facetState;
    }

    /** The top {@code n} values of a facet, largest count first (ties by value); all of them for n < 0. */
    private static List<EntityProfile.Count> counted(Facets counts, String dim, int n) throws IOException {
        FacetResult r;
        try {
            r = counts == null ? null : n < 0 ? counts.getAllChildren(dim) : counts.getTopChildren(n, dim);
        } catch (IllegalArgumentException e) {
            r = null; // no article has a value of this facet
        }
        if (r == null) {
            return List.of();
        }
        List<EntityProfile.Count> out = new ArrayList<>();
        for (LabelAndValue lv : r.labelValues) {
            out.add(new EntityProfile.Count(lv.label, lv.value.intValue()));
        }
        return out;
    }

    /** The words (every article, without them) and a filter for each facet value asked for. */
    private Query query(SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(q.text().isEmpty() ? new MatchAllDocsQuery() : parse(q.text()), BooleanClause.Occur.MUST);
        if (q.entity() != null) {
            b.add(new TermQuery(new Term(ENTITY_KEY, Names.key(q.entity()))), BooleanClause.Occur.FILTER);
        }
        if (q.place() != null) {
            b.add(new TermQuery(new Term(PLACE_KEY, Names.key(q.place()))), BooleanClause.Occur.FILTER);
        }
        if (q.type() != null) {
            b.add(new TermQuery(new Term(TYPE, q.type().name())), BooleanClause.Occur.FILTER);
        }
        if (q.outlet() != null) {
            b.add(new TermQuery(new Term(OUTLET, q.outlet())), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            b.add(IntPoint.newRangeQuery(DAY, q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay(),
                    q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private Query parse(String query) {
        try {
            QueryParser parser = new MultiFieldQueryParser(new String[]{"title", "text"}, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            return parser.parse(query);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad query: " + query + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
        } catch (TooComplexToDeterminizeException e) {
            // A regular expression whose automaton would explode: the asker's query, not the server, is at fault.
            throw new IllegalArgumentException("query too complex: " + query);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
