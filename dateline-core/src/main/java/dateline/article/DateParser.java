package dateline.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one date, with its time and offset where given, from the ways pages write them: ISO 8601 and its loose
 * variants, RFC 1123, numeric day-first or month-first dates, month names in a dozen languages, and CJK
 * {@code 2019年11月18日}. Keeps only the precision written. Patterns are bounded, so any input is read in linear time.
 */
final class DateParser {
    private static final String TIME = "(?:[T\\s,|]{1,3}(?:at\\s|à\\s|um\\s|a las\\s|às\\s|-\\s)?(\\d{1,2})[:h.](\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
            + "\\s?([AaPp]\\.?[Mm]\\.?)?\\s?(Z|[+-]\\d{2}:?\\d{2}|(?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d/.])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)" + TIME);
    private static final Pattern URL_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?!\\d)");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?)?(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})([-/.])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/])" + TIME);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s{0,2}(?:de\\s|of\\s)?\\s{0,2}(\\p{L}{3,12})\\.?,?\\s{1,2}(?:de\\s{1,2})?((?:19|20)\\d{2})(?!\\d)" + TIME);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,12})\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,2}((?:19|20)\\d{2})(?!\\d)" + TIME);
    private static final Pattern CJK = Pattern.compile(
            "((?:19|20)\\d{2})\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]?" + "(?:[^\\d]{0,6}(\\d{1,2})[:시時](\\d{2}))?");
    /** A time written before its date ("18:21, 18 October 2023", "9:15 am | 3 May 2030"). */
    private static final Pattern TIME_BEFORE = Pattern.compile(
            "(?<![\\d:.])(\\d{1,2})[:h](\\d{2})\\s?([AaPp]\\.?[Mm]\\.?)?\\s{0,2}[,|·•–-]?\\s{0,2}$");
    private static final Map<String, Integer> MONTHS = months();

    private DateParser() {
    }

    /**
     * The first date in {@code s}, or null.
     *
     * @param dayFirst how to read an ambiguous numeric date such as {@code 03/04/2020}
     */
    static PublishedDate parse(String s, boolean dayFirst, String from) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.length() > 400) {
            s = s.substring(0, 400);
        }
        PublishedDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            PublishedDate d = build(num(m.group(1)), num(m.group(3)), num(m.group(4)), m, 5, from);
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = NUMERIC.matcher(s);
        if (m.find() && m.start() < bestAt) {
            int a = num(m.group(1));
            int b = num(m.group(3));
            boolean df = a > 12 || (b <= 12 && dayFirst);
            PublishedDate d = build(num(m.group(4)), df ? b : a, df ? a : b, m, 5, from);
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Integer month = month(m.group(2));
            if (month != null) {
                PublishedDate d = build(num(m.group(3)), month, num(m.group(1)), m, 4, from);
                if (d != null) {
                    best = d;
                    bestAt = m.start();
                }
                break;
            }
        }
        m = MONTH_DAY.matcher(s);
        while (m.find() && m.start() < bestAt) {
            Integer month = month(m.group(1));
            if (month != null) {
                PublishedDate d = build(num(m.group(3)), month, num(m.group(2)), m, 4, from);
                if (d != null) {
                    best = d;
                    bestAt = m.start();
                }
                break;
            }
        }
        m = CJK.matcher(s);
        if (m.find() && m.start() < bestAt) {
            PublishedDate d = date(num(m.group(1)), num(m.group(2)), num(m.group(3)), from);
            if (d != null) {
                best = d;
                bestAt = m.start();
                if (m.group(4) != null) {
                    LocalTime t = time(num(m.group(4)), num(m.group(5)), 0);
                    best = t == null ? d : new PublishedDate(d.date(), t, null, from);
                }
            }
        }
        if (best != null && best.time() == null) {
            best = withTimeBefore(best, s.substring(Math.max(0, bestAt - 16), bestAt));
        }
        if (best == null) {
            m = COMPACT.matcher(s);
            if (m.find()) {
                best = date(num(m.group(1)), num(m.group(2)), num(m.group(3)), from);
            }
        }
        return best;
    }

    /** A date in a URL path: {@code /2019/11/18/}, {@code 2019-11-18}, {@code /20191118}; never a bare year. */
    static PublishedDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return date(num(m.group(1)), num(m.group(2)), num(m.group(3)), "url");
        }
        m = URL_COMPACT_DATE.matcher(url);
        if (m.find()) {
            return date(num(m.group(1)), num(m.group(2)), num(m.group(3)), "url");
        }
        return null;
    }

    private static PublishedDate withTimeBefore(PublishedDate d, String before) {
        Matcher m = TIME_BEFORE.matcher(before);
        if (!m.find()) {
            return d;
        }
        int hour = hour24(num(m.group(1)), m.group(3));
        LocalTime t = hour < 0 ? null : time(hour, num(m.group(2)), 0);
        return t == null ? d : new PublishedDate(d.date(), t, null, d.from());
    }

    private static PublishedDate build(int year, int month, int day, Matcher m, int g, String from) {
        PublishedDate d = date(year, month, day, from);
        if (d == null || m.group(g) == null) {
            return d;
        }
        int hour = hour24(num(m.group(g)), m.group(g + 3));
        LocalTime t = hour < 0 ? null : time(hour, num(m.group(g + 1)), m.group(g + 2) == null ? 0 : num(m.group(g + 2)));
        if (t == null) {
            return d;
        }
        return new PublishedDate(d.date(), t, offset(m.group(g + 4)), from);
    }

    /** The hour on a 24-hour clock, given "am" or "pm" or nothing; -1 for a 12-hour reading past 12 or of 0. */
    private static int hour24(int hour, String ampm) {
        if (ampm == null) {
            return hour;
        }
        if (hour > 12 || hour == 0) {
            return -1;
        }
        return hour % 12 + (Character.toLowerCase(ampm.charAt(0)) == 'p' ? 12 : 0);
    }

    private static PublishedDate date(int year, int month, int day, String from) {
        if (year < 1990 || year > 2100) {
            return null;
        }
        try {
            return PublishedDate.ofDate(LocalDate.of(year, month, day), from);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalTime time(int h, int m, int s) {
        return h < 24 && m < 60 && s < 60 ? LocalTime.of(h, m, s) : null;
    }

    private static ZoneOffset offset(String z) {
        if (z == null) {
            return null;
        }
        String u = z.toUpperCase(Locale.ROOT);
        if (u.equals("Z") || u.equals("GMT") || u.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        if (u.startsWith("GMT") || u.startsWith("UTC")) {
            u = u.substring(3);
        }
        String digits = u.substring(1).replace(":", "");
        try {
            int h;
            int mins = 0;
            if (digits.length() <= 2) {
                h = Integer.parseInt(digits);
            } else {
                h = Integer.parseInt(digits.substring(0, digits.length() - 2));
                mins = Integer.parseInt(digits.substring(digits.length() - 2));
            }
            int sign = u.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * h, sign * mins);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(n);
        if (m == null && n.length() >= 3) {
            // Inflected and abbreviated forms ("ноября", "sept", "janv"): try the longest known prefix.
            for (int len = Math.min(n.length(), 5); len >= 3 && m == null; len--) {
                m = MONTHS.get(n.substring(0, len) + "*");
            }
        }
        return m;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
                // English, French, Spanish, Portuguese, Italian, German, Dutch, Indonesian/Malay, Swedish/Danish/Norwegian
                {"january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januar", "jänner", "januari", "janvāris"},
                {"february", "feb", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "fev", "febbraio", "februar", "februari", "pebruari"},
                {"march", "mar", "mars", "marzo", "março", "marco", "märz", "maart", "maret", "marts"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "aprīlis"},
                {"may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maj"},
                {"june", "jun", "juin", "junio", "junho", "giugno", "giu", "juni"},
                {"july", "jul", "juillet", "juil", "julio", "julho", "luglio", "lug", "juli"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "agustus", "agu", "augusti"},
                {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre"},
                {"october", "oct", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "oktober", "okt"},
                {"november", "nov", "novembre", "noviembre", "novembro", "nopember"},
                {"december", "dec", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dez", "dicembre", "dezember", "desember", "des", "december"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        // Slavic months inflect ("ноября", "listopadu"): matched by stem.
        String[][] stems = {
                {"январ*", "янв*", "stycz*", "січ*"},
                {"феврал*", "фев*", "lut*", "лют*"},
                {"март*", "мар*", "marc*", "берез*"},
                {"апрел*", "апр*", "kwie*", "квіт*"},
                {"мая*", "май*", "maj*", "трав*"},
                {"июн*", "июня*", "czer*", "черв*"},
                {"июл*", "lip*", "лип*"},
                {"август*", "авг*", "sierp*", "серп*"},
                {"сентя*", "сен*", "wrze*", "верес*"},
                {"октя*", "окт*", "paźd*", "жовт*"},
                {"ноябр*", "ноя*", "listo*", "листо*"},
                {"декаб*", "дек*", "grud*", "груд*"},
        };
        for (int i = 0; i < stems.length; i++) {
            for (String n : stems[i]) {
                m.put(n, i + 1);
            }
        }
        // Arabic (Egyptian and Gulf forms), Turkish, Romanian.
        String[][] more = {
                {"يناير", "ocak", "ianuarie"}, {"فبراير", "şubat", "subat", "februarie"},
                {"مارس", "mart", "martie"}, {"أبريل", "ابريل", "إبريل", "nisan", "aprilie"},
                {"مايو", "mayıs", "mayis"}, {"يونيو", "يونيه", "haziran", "iunie"},
                {"يوليو", "يوليه", "temmuz", "iulie"}, {"أغسطس", "اغسطس", "ağustos", "agustos"},
                {"سبتمبر", "eylül", "eylul", "septembrie"}, {"أكتوبر", "اكتوبر", "ekim", "octombrie"},
                {"نوفمبر", "kasım", "kasim", "noiembrie"}, {"ديسمبر", "aralık", "aralik", "decembrie"},
        };
        for (int i = 0; i < more.length; i++) {
            for (String n : more[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
