package dateline.reading;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The statistical backbone: Stanford CoreNLP's tokens, sentences, part-of-speech tags, lemmas, coarse named-entity tags
 * with SUTime's time expressions, and a Universal Dependencies parse. CoreNLP's typed-key bag stays inside this class;
 * what comes out is our records. Models are loaded once, in the constructor; {@link #annotate} is thread-safe.
 *
 * <p>Choices, measured on news: fine-grained NER (regexner over a 18 MB gazetteer) and the statistical coreference more
 * than double the time per article, and the news-specific stages after this one do their work better; so neither runs.
 * Over-long "sentences" (a table flattened into text) are cut into pieces of {@link #MAX_SENTENCE_TOKENS} tokens before
 * tagging, and only sentences up to {@link #MAX_PARSE_TOKENS} tokens are parsed, so no input can stall the chain.
 * An article's first {@link #MAX_READ_CHARS} characters are read (up to the paragraph break before), and a token
 * longer than {@link #MAX_TOKEN_CHARS} is tagged as a stand-in word: one 60 KB "word" would fill the heap in NER.
 * Reading also stops once tagging and parsing have taken {@link #MAX_READ_CPU_NANOS} of processor time; either way the
 * reading's {@code unreadFrom} says where.
 */
final class CoreNlpAnnotator {
    /** Longest text read of one article: about 15,000 words, ten times a long feature; the rest is left unread. */
    static final int MAX_READ_CHARS = 100_000;
    /** Longest token the taggers see as written; no word of any language is this long. */
    static final int MAX_TOKEN_CHARS = 64;
    /** Longer sentences are cut: no real sentence is this long, and taggers slow down on run-on input. */
    static final int MAX_SENTENCE_TOKENS = 120;
    /** Longer sentences get no parse: the parser's cost and its error rate grow with length. */
    static final int MAX_PARSE_TOKENS = 80;
    /**
     * Processor time one article's tagging and parsing may take before the rest is left unread: six times a long
     * news article's, so only text unlike prose reaches it.
     */
    static final long MAX_READ_CPU_NANOS = 6_000_000_000L;
    /**
     * Tokens tagged at once, at most (or one sentence), between two looks at the time spent: on text unlike prose the
     * tagger takes some milliseconds a token, so a look every few hundred tokens keeps the overrun near a second.
     */
    private static final int CHUNK_TOKENS = 300;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final DependencyParser parser;

    CoreNlpAnnotator() {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        // Keep quotes and brackets as written: later stages match them against the article text.
        split.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep,quotes=ascii");
        // A blank line ends a paragraph and so a sentence; single newlines are line wrapping.
        split.setProperty("ssplit.newlineIsSentenceBreak", "two");
        splitter = new StanfordCoreNLP(split);

        Properties tag = new Properties();
        tag.setProperty("annotators", "pos,lemma,ner");
        // Two of the three default taggers: the broad PERSON/ORGANIZATION/LOCATION one and CoNLL's, for MISC (events,
        // products, nationalities). The third (MUC) adds dates and money, which SUTime covers, at a third of the cost.
        tag.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        tag.setProperty("ner.applyFineGrained", "false");
        tag.setProperty("ner.buildEntityMentions", "false");
        tag.setProperty("ner.useSUTime", "true");
        tag.setProperty("ner.applyNumericClassifiers", "true");
        tag.setProperty("sutime.includeRange", "true");
        tag.setProperty("enforceRequirements", "false");
        tagger = new StanfordCoreNLP(tag, false);

        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    }

    /**
     * Tokens, tags, parses and SUTime's time expressions of the article's text; entities, quotes and attributions are
     * left empty for the stages after this one. SUTime resolves relative dates against {@code anchor} (null: today is
     * not assumed, relative dates stay unresolved).
     */
    Reading annotate(dateline.article.Article article, LocalDate anchor) {
        return annotate(article, anchor, MAX_READ_CPU_NANOS);
    }

    /** As {@link #annotate(dateline.article.Article, LocalDate)}, with this much processor time to spend. */
    Reading annotate(dateline.article.Article article, LocalDate anchor, long cpuBudgetNanos) {
        String text = article.text();
        int readTo = readTo(text);
        Annotation doc = new Annotation(readTo == text.length() ? text : text.substring(0, readTo));
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        splitter.annotate(doc);
        for (CoreLabel l : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            if (l.word().length() > MAX_TOKEN_CHARS) {
                l.setWord("LONGWORD");
                l.setValue("LONGWORD");
            }
        }
        List<CoreMap> all = bounded(text, doc.get(CoreAnnotations.SentencesAnnotation.class));

        // Tagged and parsed a few hundred tokens at a time, so that reading can stop when its time is spent: text
        // no tagger has seen before (a page of unknown capitalised words) can cost ten times what prose does.
        List<Sentence> sentences = new ArrayList<>();
        List<Timex> times = new ArrayList<>();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        int done = 0;
        while (done < all.size()) {
            if (done > 0 && CPU.getCurrentThreadCpuTime() - cpuStart > cpuBudgetNanos) {
                readTo = all.get(done).get(CoreAnnotations.TokensAnnotation.class).get(0).beginPosition();
                break;
            }
            int end = done + 1;
            int taken = size(all.get(done));
            while (end < all.size() && taken + size(all.get(end)) <= CHUNK_TOKENS) {
                taken += size(all.get(end++));
            }
            List<CoreMap> chunk = all.subList(done, end);
            tagger.annotate(chunkOf(doc, chunk));
            for (CoreMap s : chunk) {
                List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
                List<Token> tokens = new ArrayList<>(labels.size());
                for (CoreLabel l : labels) {
                    int b = l.beginPosition(), e = l.endPosition();
                    tokens.add(new Token(b, e, text.substring(b, e), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner()));
                }
                sentences.add(new Sentence(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition(),
                        tokens, labels.size() <= MAX_PARSE_TOKENS ? parse(s) : List.of()));
                times.addAll(timexes(text, labels));
            }
            done += chunk.size();
        }
        return new Reading(article, sentences, List.of(), times, List.of(), List.of(),
                readTo == text.length() ? -1 : readTo);
    }

    private static int size(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** Some of a document's sentences as a document of their own, with its date, for the taggers. */
    private static Annotation chunkOf(Annotation doc, List<CoreMap> sentences) {
        Annotation chunk = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        chunk.set(CoreAnnotations.TokensAnnotation.class, tokens);
        chunk.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        if (doc.containsKey(CoreAnnotations.DocDateAnnotation.class)) {
            chunk.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        }
        return chunk;
    }

    /** Where reading stops: the text's end, or the last paragraph (else line, else word) break before the bound. */
    static int readTo(String text) {
        if (text.length() <= MAX_READ_CHARS) {
            return text.length();
        }
        for (String brk : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(brk, MAX_READ_CHARS - brk.length());
            if (at > MAX_READ_CHARS / 2) {
                return at;
            }
        }
        return Character.isHighSurrogate(text.charAt(MAX_READ_CHARS - 1)) ? MAX_READ_CHARS - 1 : MAX_READ_CHARS;
    }

    private List<Dependency> parse(CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        List<Dependency> arcs = new ArrayList<>();
        for (TypedDependency td : gs.typedDependencies()) {
            arcs.add(new Dependency(td.gov().index() - 1, td.dep().index() - 1, td.reln().toString()));
        }
        return arcs;
    }

    /** SUTime's expressions: runs of tokens that carry the same timex. */
    private static List<Timex> timexes(String text, List<CoreLabel> labels) {
        List<Timex> out = new ArrayList<>();
        edu.stanford.nlp.time.Timex open = null;
        int start = 0, end = 0;
        for (CoreLabel l : labels) {
            edu.stanford.nlp.time.Timex t = l.get(TimeAnnotations.TimexAnnotation.class);
            if (open != null && (t == null || !sameTimex(t, open))) {
                out.add(timex(text, start, end, open));
                open = null;
            }
            if (t != null) {
                if (open == null) {
                    open = t;
                    start = l.beginPosition();
                }
                end = l.endPosition();
            }
        }
        if (open != null) {
            out.add(timex(text, start, end, open));
        }
        return out;
    }

    private static boolean sameTimex(edu.stanford.nlp.time.Timex a, edu.stanford.nlp.time.Timex b) {
        return a == b || (a.tid() != null && a.tid().equals(b.tid()));
    }

    private static Timex timex(String text, int start, int end, edu.stanford.nlp.time.Timex t) {
        TimexType type;
        try {
            type = TimexType.valueOf(t.timexType());
        } catch (IllegalArgumentException | NullPointerException e) {
            type = TimexType.DATE;
        }
        return new Timex(start, end, text.substring(start, end), type, t.value());
    }

    /** The sentences with every over-long one cut into pieces, so that taggers and SUTime see bounded input. */
    private static List<CoreMap> bounded(String text, List<CoreMap> sentences) {
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= MAX_SENTENCE_TOKENS) {
                out.add(s);
                continue;
            }
            int first = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS)));
                CoreMap p = new ArrayCoreMap();
                p.set(CoreAnnotations.TokensAnnotation.class, piece);
                p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, piece.get(0).beginPosition());
                p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, piece.get(piece.size() - 1).endPosition());
                p.set(CoreAnnotations.TokenBeginAnnotation.class, first + from);
                p.set(CoreAnnotations.TokenEndAnnotation.class, first + from + piece.size());
                p.set(CoreAnnotations.TextAnnotation.class,
                        text.substring(piece.get(0).beginPosition(), piece.get(piece.size() - 1).endPosition()));
                out.add(p);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int k = 0; k < tokens.size(); k++) {
                tokens.get(k).setIndex(k + 1);
                tokens.get(k).setSentIndex(i);
            }
        }
        return out;
    }
}
