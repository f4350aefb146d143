package dateline.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks JSON against the schemas of an OpenAPI 3.0 description, for the keywords Dateline's description uses. A
 * keyword it does not know is an error rather than ignored, so the description cannot promise what no test checks.
 */
final class SchemaCheck {
    private final JsonNode description;

    SchemaCheck(JsonNode description) {
        this.description = description;
    }

    /** What in {@code value} the schema forbids, each with where it is ("$.entities[0].lat"); empty when none. */
    List<String> problems(JsonNode schema, JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(schema, value, "$", problems);
        return problems;
    }

    /** The node a local reference ("#/components/schemas/Event") points to; any other node as it is. */
    JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are followed: " + ref);
            }
            JsonNode target = description.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("a reference to nothing: " + ref);
            }
            node = target;
        }
        return node;
    }

    private void check(JsonNode schemaOrRef, JsonNode value, String at, List<String> problems) {
        JsonNode schema = resolve(schemaOrRef);
        if (value.isNull()) {
            // In OpenAPI 3.0 null is a value only where the schema says nullable; then nothing else applies to it.
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(at + " is null, which the schema does not allow");
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> keyword = it.next();
            JsonNode rule = keyword.getValue();
            switch (keyword.getKey()) {
                case "type" -> {
                    if (!hasType(value, rule.asText())) {
                        problems.add(at + " should be of type " + rule.asText() + ": " + value);
                    }
                }
                case "enum" -> {
                    if (!contains(rule, value)) {
                        problems.add(at + " is none of " + rule + ": " + value);
                    }
                }
                case "format" -> checkFormat(rule.asText(), value, at, problems);
                case "required" -> rule.forEach(name -> {
                    if (value.isObject() && !value.has(name.asText())) {
                        problems.add(at + " lacks the required property " + name.asText());
                    }
                });
                case "properties" -> rule.fields().forEachRemaining(p -> {
                    if (value.has(p.getKey())) {
                        check(p.getValue(), value.get(p.getKey()), at + "." + p.getKey(), problems);
                    }
                });
                case "additionalProperties" -> {
                    if (rule.isBoolean() && !rule.asBoolean() && value.isObject()) {
                        value.fieldNames().forEachRemaining(name -> {
                            if (!schema.path("properties").has(name)) {
                                problems.add(at + " has the undocumented property " + name);
                            }
                        });
                    } else if (!rule.isBoolean()) {
                        throw new IllegalArgumentException("additionalProperties is checked only when false");
                    }
                }
                case "items" -> {
                    for (int i = 0; i < value.size() && value.isArray(); i++) {
                        check(rule, value.get(i), at + "[" + i + "]", problems);
                    }
                }
                case "minItems" -> {
                    if (value.isArray() && value.size() < rule.asInt()) {
                        problems.add(at + " has fewer than " + rule.asInt() + " items");
                    }
                }
                case "maxItems" -> {
                    if (value.isArray() && value.size() > rule.asInt()) {
                        problems.add(at + " has more than " + rule.asInt() + " items");
                    }
                }
                case "minLength" -> {
                    if (value.isTextual() && value.asText().length() < rule.asInt()) {
                        problems.add(at + " is shorter than " + rule.asInt());
                    }
                }
                case "maxLength" -> {
                    if (value.isTextual() && value.asText().length() > rule.asInt()) {
                        problems.add(at + " is longer than " + rule.asInt());
                    }
                }
                case "minimum" -> {
                    if (value.isNumber() && value.asDouble() < rule.asDouble()) {
                        problems.add(at + " is below " + rule + ": " + value);
                    }
                }
                case "maximum" -> {
                    if (value.isNumber() && value.asDouble() > rule.asDouble()) {
                        problems.add(at + " is above " + rule + ": " + value);
                    }
                }
                case "nullable", "description", "example", "default" -> {
                    // nullable is handled above; the others say things to people.
                }
                default -> throw new IllegalArgumentException("the checker does not know the keyword "
                        + keyword.getKey() + " (at " + at + ")");
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalArgumentException("no JSON type " + type);
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void checkFormat(String format, JsonNode value, String at, List<String> problems) {
        if (!format.equals("date")) {
            throw new IllegalArgumentException("the checker does not know the format " + format);
        }
        try {
            LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            problems.add(at + " is no date like 2023-09-15: " + value);
        }
    }
}
