package dateline.page;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {
    private static String decode(byte[] bytes) {
        return TextDecoder.decode(Page.of("t", bytes, Page.Kind.HTML));
    }

    @Test
    void utf8WinsOverAWrongLabel() {
        String html = "<meta charset=\"iso-8859-1\"><p>Überraschung für Zoë</p>";
        assertEquals(html, decode(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void declaredCharsetIsBelievedWhenItFits() {
        String html = "<meta charset=\"iso-8859-1\"><p>Ça va très bien, merci à vous, garçon</p>";
        assertEquals(html, decode(html.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void cyrillicUnderAWesternLabelIsRecognised() {
        String html = "<meta charset=\"windows-1252\"><p>" + "Правительство объявило о новых мерах поддержки экономики. ".repeat(5) + "</p>";
        String text = decode(html.getBytes(Charset.forName("windows-1251")));
        assertTrue(text.contains("Правительство объявило"), text);
    }

    @Test
    void undeclaredKoreanIsGuessed() {
        String html = "<p>" + "서울시는 월요일 새로운 도서관을 열었다고 밝혔습니다. 많은 시민들이 방문했습니다. ".repeat(4) + "</p>";
        String text = decode(html.getBytes(Charset.forName("EUC-KR")));
        assertTrue(text.contains("서울시는 월요일"), text);
    }

    @Test
    void brokenUtf8IsReplacedNotThrown() {
        byte[] bytes = {'<', 'p', '>', (byte) 0xC3, '<', '/', 'p', '>'};
        assertTrue(decode(bytes).startsWith("<p>"));
    }
}
