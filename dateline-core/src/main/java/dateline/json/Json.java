package dateline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collection;

/**
 * Dateline's JSON: objects are built field by field so the output contract is explicit, then written on one line.
 * The mapper itself stays private; what leaves this class ({@link #READER}, the writer behind {@link #line}) is
 * immutable, so no caller can change how another's JSON is written or read.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final ObjectWriter WRITER = MAPPER.writer();
    private static final JsonNodeFactory NODES = MAPPER.getNodeFactory();

    /** Reads JSON into a tree: {@code Json.READER.readTree(text)}. */
    public static final ObjectReader READER = MAPPER.readerFor(JsonNode.class);

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    public static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** One line of JSON Lines (or one API answer): the node, compact. */
    public static String line(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
