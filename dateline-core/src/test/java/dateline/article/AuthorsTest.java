package dateline.article;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthorsTest {
    private static List<String> names(String byline) {
        Set<String> out = new LinkedHashSet<>();
        Authors.add(byline, out);
        return List.copyOf(out);
    }

    @Test
    void aBylineGivesItsNamesAndNotTheDateBesideThem() {
        assertEquals(List.of("Tom Rogan"), names("by Tom Rogan, November 18"));
        assertEquals(List.of("Jane Doe", "John Roe", "Reuters"), names("By Jane Doe and John Roe, Reuters"));
        assertEquals(List.of("Ana Ruiz"), names("By Ana Ruiz | 10:32 AM"));
    }
}
