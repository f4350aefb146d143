package dateline.eval;

import dateline.article.Article;
import dateline.reading.Entity;
import dateline.reading.EntityType;
import dateline.reading.Reading;
import dateline.reading.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsTest {
    @Test
    void spanScoresCountPrecisionAndRecallSeparately() {
        List<GoldSpan> gold = List.of(new GoldSpan(0, 5, "2023-09-15"), new GoldSpan(10, 20, "P6D"));
        List<GoldSpan> system = List.of(new GoldSpan(0, 5, "2023-09-15"), new GoldSpan(12, 20, "P5D"),
                new GoldSpan(30, 35, "2023"));

        Prf strict = SpanScorer.strict(gold, system);
        assertEquals(1.0 / 3, strict.precision(), 1e-9);
        assertEquals(0.5, strict.recall(), 1e-9);

        Prf relaxed = SpanScorer.relaxed(gold, system);
        assertEquals(2.0 / 3, relaxed.precision(), 1e-9);
        assertEquals(1.0, relaxed.recall(), 1e-9);
        assertEquals(0.8, relaxed.f1(), 1e-9);

        Prf value = SpanScorer.labelled(gold, system);
        assertEquals(1.0 / 3, value.precision(), 1e-9);
        assertEquals(0.5, value.recall(), 1e-9);
    }

    @Test
    void emptySystemScoresZeroNotNaN() {
        Prf p = SpanScorer.relaxed(List.of(new GoldSpan(0, 1, "x")), List.of());
        assertEquals(0.0, p.precision());
        assertEquals(0.0, p.f1());
    }

    @Test
    void bCubedOfAPerfectClusteringIsOne() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2");
        assertEquals(1.0, BCubed.score(gold, Map.of("a", "x", "b", "x", "c", "y")).f1(), 1e-9);
    }

    @Test
    void bCubedPenalisesMergesInPrecisionAndSplitsInRecall() {
        // gold {a,b} {c}; system merges all three
        BCubed.Score merged = BCubed.score(Map.of("a", "1", "b", "1", "c", "2"), Map.of("a", "x", "b", "x", "c", "x"));
        // precision: a 2/3, b 2/3, c 1/3 → 5/9; recall: all 1
        assertEquals(5.0 / 9, merged.precision(), 1e-9);
        assertEquals(1.0, merged.recall(), 1e-9);

        // gold {a,b,c}; system {a} {b,c}
        BCubed.Score split = BCubed.score(Map.of("a", "1", "b", "1", "c", "1"), Map.of("a", "x", "b", "y", "c", "y"));
        // recall: a 1/3, b 2/3, c 2/3 → 5/9; precision 1
        assertEquals(1.0, split.precision(), 1e-9);
        assertEquals(5.0 / 9, split.recall(), 1e-9);
    }

    @Test
    void crossDocumentB3ScoresGroupsOverAllDocuments() {
        // Two articles name one company, a third names another; the system finds every mention.
        List<GoldDocument> golds = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        String[][] docs = {{"Norvik cut jobs.", "Norvik", "ORG1"}, {"Norvik Motors grew.", "Norvik Motors", "ORG1"},
                {"Tarmo Bank fell.", "Tarmo Bank", "ORG2"}};
        for (String[] d : docs) {
            int end = d[1].length();
            golds.add(new GoldDocument(d[2], d[0], null, List.of(new GoldSpan(0, end, "ORGANIZATION")), List.of(d[2]),
                    List.of(), List.of(), d[0].length()));
            Article a = new Article(d[2], null, null, null, null, List.of(), "en", null, null, d[0], List.of());
            readings.add(new Reading(a, List.of(), List.of(new Entity("e1", d[1], EntityType.ORGANIZATION, List.of(),
                    List.of(new Span(0, end)), null)), List.of(), List.of(), List.of()));
        }
        BCubed.Score joined = ReadingScorer.crossDocument(golds, readings, (doc, e) -> doc < 2 ? "a" : "b");
        assertEquals(1.0, joined.f1(), 1e-9);
        BCubed.Score apart = ReadingScorer.crossDocument(golds, readings, (doc, e) -> doc + e);
        assertEquals(1.0, apart.precision(), 1e-9);
        assertEquals((0.5 + 0.5 + 1) / 3, apart.recall(), 1e-9);
        BCubed.Score one = ReadingScorer.crossDocument(golds, readings, (doc, e) -> "all");
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, one.precision(), 1e-9);
    }
}
