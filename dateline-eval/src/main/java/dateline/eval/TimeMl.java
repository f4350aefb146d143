package dateline.eval;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads TimeML files (TempEval-3): the text inside {@code <TEXT>} with tags stripped, the gold TIMEX3 spans found by
 * walking it, and the document creation time from {@code <DCT>}.
 */
public final class TimeMl {
    private TimeMl() {
    }

    public static GoldDocument read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        Element dctTimex = (Element) ((Element) doc.getElementsByTagName("DCT").item(0))
                .getElementsByTagName("TIMEX3").item(0);
        String dctValue = dctTimex.getAttribute("value");
        Element textElement = (Element) doc.getElementsByTagName("TEXT").item(0);
        StringBuilder text = new StringBuilder();
        List<GoldSpan> times = new ArrayList<>();
        walk(textElement, text, times);
        return new GoldDocument(file.getFileName().toString(), text.toString(), date(dctValue), List.of(), List.of(),
                List.of(), times, text.length());
    }

    private static void walk(Node node, StringBuilder text, List<GoldSpan> times) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                int start = text.length();
                walk(child, text, times);
                Element e = (Element) child;
                if (e.getTagName().equals("TIMEX3")) {
                    times.add(new GoldSpan(start, text.length(), canonical(e.getAttribute("value"))));
                }
            }
        }
    }

    private static final Pattern SHORT_WEEK = Pattern.compile("(\\d{4}-W)(\\d)(?!\\d)");

    /**
     * Some AQUAINT files write ISO weeks with one digit ("2000-W7"); ISO 8601 and Dateline write two ("2000-W07").
     * Both name the same week, so the gold is read in the two-digit form rather than scoring a value as wrong for
     * its padding.
     */
    static String canonical(String value) {
        return SHORT_WEEK.matcher(value).replaceFirst("$10$2");
    }

    /** The date part of a TIMEX3 value such as 1998-08-07 or 1998-08-07T10:30. */
    static LocalDate date(String value) {
        return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
    }
}
