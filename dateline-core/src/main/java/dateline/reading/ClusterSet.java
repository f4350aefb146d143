package dateline.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The clusters of one text as coreference builds them, and which cluster each name mention belongs to. */
final class ClusterSet {
    final String text;
    /** Every cluster made, merged ones included, in order of making. */
    final List<Cluster> all = new ArrayList<>();
    /** The cluster of each proper-name and title mention, in order of finding. */
    final Map<Span, Cluster> ofMention = new LinkedHashMap<>();
    /** Capitalised titles ("the Foreign Secretary"), resolved to a holder once the names are known. */
    final List<Span> titles = new ArrayList<>();

    ClusterSet(String text) {
        this.text = text;
    }

    Cluster add() {
        Cluster c = new Cluster();
        all.add(c);
        return c;
    }

    /** The words of the text at {@code s}. */
    String at(Span s) {
        return text.substring(s.start(), s.end());
    }

    EntityType type(Cluster c) {
        return c.type(text);
    }

    String name(Cluster c) {
        return c.name(text);
    }
}
