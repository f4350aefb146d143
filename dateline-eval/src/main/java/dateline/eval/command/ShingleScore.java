package dateline.eval.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's 4-gram "shingle" score, exactly as the corpus's PROVENANCE.md defines it:
 * tokens are maximal runs of letters, numbers and underscore (combining marks split them, hence no
 * {@code UNICODE_CHARACTER_CLASS}); shingles are a multiset; corpus precision is the mean over pages with a non-empty
 * prediction, corpus recall the mean over pages with a non-empty gold, and F1 comes from those two means.
 */
final class ShingleScore {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** One page's figures. */
    record Page(double precision, double recall, boolean predicted, boolean gold, boolean exact) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** A corpus's figures. */
    record Corpus(double precision, double recall, double f1, double accuracy, int pages) {
    }

    private ShingleScore() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Shingles as a multiset; a shingle's key joins its tokens with a space, which no token contains. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        int n = tokens.size();
        if (n == 0) {
            return out;
        }
        if (n < 4) {
            out.put(String.join(" ", tokens), 1);
            return out;
        }
        for (int i = 0; i + 4 <= n; i++) {
            out.merge(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2) + ' ' + tokens.get(i + 3),
                    1, Integer::sum);
        }
        return out;
    }

    static Page page(String predicted, String gold) {
        List<String> pt = tokens(predicted);
        List<String> gt = tokens(gold);
        Map<String, Integer> p = shingles(pt);
        Map<String, Integer> g = shingles(gt);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
        }
        double precision;
        double recall;
        if (fp == 0 && fn == 0) {
            precision = 1;
            recall = 1;
        } else {
            precision = tp == 0 && fp == 0 ? 0 : (double) tp / (tp + fp);
            recall = tp == 0 && fn == 0 ? 0 : (double) tp / (tp + fn);
        }
        return new Page(precision, recall, !p.isEmpty(), !g.isEmpty(), pt.equals(gt));
    }

    static Corpus corpus(List<Page> pages) {
        double ps = 0;
        int pn = 0;
        double rs = 0;
        int rn = 0;
        int exact = 0;
        for (Page page : pages) {
            if (page.predicted()) {
                ps += page.precision();
                pn++;
            }
            if (page.gold()) {
                rs += page.recall();
                rn++;
            }
            exact += page.exact() ? 1 : 0;
        }
        double p = pn == 0 ? 0 : ps / pn;
        double r = rn == 0 ? 0 : rs / rn;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Corpus(p, r, f1, pages.isEmpty() ? 0 : (double) exact / pages.size(), pages.size());
    }

    /** Standard deviation of F1 over bootstrap resamples of the pages (a fixed seed, so runs repeat). */
    static double bootstrapF1Sd(List<Page> pages, int resamples, long seed) {
        if (pages.isEmpty()) {
            return 0;
        }
        Random random = new Random(seed);
        double sum = 0;
        double sumSq = 0;
        List<Page> sample = new ArrayList<>(pages.size());
        for (int i = 0; i < resamples; i++) {
            sample.clear();
            for (int j = 0; j < pages.size(); j++) {
                sample.add(pages.get(random.nextInt(pages.size())));
            }
            double f1 = corpus(sample).f1();
            sum += f1;
            sumSq += f1 * f1;
        }
        double mean = sum / resamples;
        return Math.sqrt(Math.max(0, sumSq / resamples - mean * mean));
    }
}
