package kz.qorgau.it;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import kz.qorgau.it.FuzzOpenApi.Kind;

/**
 * The malformed values the fuzz test sends, by what a field or parameter is. Each kind of value has a name for the
 * report; the values a known class of bug hides behind are marked as priority and always sent, the others, and the
 * random parts of values (control characters, letters, bytes), are drawn from one generator seeded with a fixed
 * seed ({@link #seed}), so that a run can be repeated exactly and another seed explores further.
 */
final class FuzzInputs {

    /** Stands in a string for an unpaired UTF-16 surrogate, written as the JSON escape {@code \ud800}. */
    static final String LONE_SURROGATE = "FUZZ-LONE-SURROGATE";
    static final int HUGE = 100_000;
    static final int DEEP = 5_000;

    record Mutation(String kind, JsonValue value, boolean priority) {
    }

    /** A query or path value: what the server should decode, and how it is written in the URL. */
    record Raw(String kind, String decoded, String encoded, boolean priority) {
    }

    private static Random random = new Random(0);

    private FuzzInputs() {
    }

    /** Starts the generator afresh from this seed: the same seed draws the same values in the same order. */
    static void seed(long seed) {
        random = new Random(seed);
    }

    /** The priority values and {@code extra} of the others, in an order drawn from the seed. */
    static <T> List<T> pick(List<T> priority, List<T> others, int extra) {
        List<T> chosen = new ArrayList<>(priority);
        if (extra > 0 && !others.isEmpty()) {
            List<T> shuffled = new ArrayList<>(others);
            Collections.shuffle(shuffled, random);
            chosen.addAll(shuffled.subList(0, Math.min(extra, shuffled.size())));
        }
        return chosen;
    }

    private static String chars(char from, char to, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (from + random.nextInt(to - from + 1)));
        }
        return text.toString();
    }

    /** Some C0 control characters (U+0001 to U+001F), DEL and NEL around a word. */
    static String controlCharacters() {
        return "Fuzz" + chars('\u0001', '\u001f', 3, 10) + "\u007f\u0085";
    }

    static String huge() {
        return chars('a', 'z', 64, 64).repeat(HUGE / 64 + 1).substring(0, HUGE);
    }

    static String notJson() {
        return "<not JSON " + chars('a', 'z', 3, 20) + ">";
    }

    static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    static String deepArray() {
        return "[".repeat(DEEP) + "]".repeat(DEEP);
    }

    static String deepObject() {
        return "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP);
    }

    private static Mutation p(String kind, JsonValue value) {
        return new Mutation(kind, value, true);
    }

    private static Mutation o(String kind, JsonValue value) {
        return new Mutation(kind, value, false);
    }

    private static JsonValue s(String text) {
        return Json.createValue(text);
    }

    private static JsonValue n(String number) {
        return Json.createValue(new BigDecimal(number));
    }

    /** Malformed values for a body field of this kind; {@code example} is a valid value of it, when known. */
    static List<List<Mutation>> forField(Kind kind, JsonObject schema, JsonValue example) {
        List<Mutation> priority = new ArrayList<>();
        List<Mutation> others = new ArrayList<>();
        switch (kind) {
            case STRING -> {
                priority.add(p("string with U+0000", s("Fuzz\u0000value")));
                priority.add(p("string with control characters", s(controlCharacters())));
                priority.add(p("100 KB string", s(huge())));
                others.add(o("unpaired surrogate", s("Fuzz" + LONE_SURROGATE)));
                others.add(o("blank string", s(" \t ")));
                others.add(o("empty string", s("")));
                others.add(o("number instead of string", n("12345")));
                others.add(o("object instead of string", Json.createObjectBuilder().add("a", 1).build()));
                others.add(o("array instead of string", Json.createArrayBuilder().add("a").build()));
            }
            case INTEGER -> {
                // a fraction just beside the valid value (1001.5 for school 1001): coerced, it names a record of the
                // test's own, never an id another test will create (district 1001 is region 10's first)
                String fraction = example instanceof jakarta.json.JsonNumber number
                        ? number.bigDecimalValue().add(new BigDecimal("0.5")).toPlainString() : "1001.5";
                priority.add(p("fraction " + fraction, n(fraction)));
                priority.add(p("18446744073709551617", n("18446744073709551617")));
                priority.add(p("1e308", n("1e308")));
                priority.add(p("-1", n("-1")));
                others.add(o("string instead of number", s("12")));
                others.add(o("boolean instead of number", JsonValue.TRUE));
                others.add(o("0", n("0")));
                others.add(o("just over int32/int64", n("int32".equals(schema.getString("format", ""))
                        ? "2147483648" : "9223372036854775808")));
                others.add(o("-1e308", n("-1e308")));
                others.add(o("1.0E+2 (whole, written as a fraction)", n("1.0E+2")));
            }
            case NUMBER -> {
                priority.add(p("1e308", n("1e308")));
                priority.add(p("18446744073709551617", n("18446744073709551617")));
                priority.add(p("-1", n("-1")));
                others.add(o("1e309 (beyond a double)", n("1e309")));
                others.add(o("string instead of number", s("1.5")));
                others.add(o("boolean instead of number", JsonValue.TRUE));
                others.add(o("1001.5", n("1001.5")));
            }
            case BOOLEAN -> {
                priority.add(p("boolean as \"yes\"", s("yes")));
                priority.add(p("boolean as 1", n("1")));
                others.add(o("boolean as \"true\"", s("true")));
                others.add(o("boolean as 0", n("0")));
                others.add(o("boolean as \"\"", s("")));
            }
            case ENUM -> {
                String first = example instanceof jakarta.json.JsonString text ? text.getString()
                        : schema.getJsonArray("enum").getString(0);
                priority.add(p("value not in the enum", s("NOT_A_VALUE")));
                others.add(o("enum in lower case", s(first.toLowerCase(Locale.ROOT))));
                others.add(o("number instead of enum", n("1")));
                others.add(o("empty string as enum", s("")));
                others.add(o("enum with U+0000", s(first + "\u0000")));
                others.add(o("enum with a trailing space", s(first + " ")));
            }
            case DATE -> {
                priority.add(p("date -999999999-01-01", s("-999999999-01-01")));
                priority.add(p("date +999999999-12-31", s("+999999999-12-31")));
                priority.add(p("date 0000-01-01", s("0000-01-01")));
                priority.add(p("date 9999-12-31", s("9999-12-31")));
                priority.add(p("date 2024-02-30", s("2024-02-30")));
                others.add(o("date 2024-13-01", s("2024-13-01")));
                others.add(o("date 2024-1-1", s("2024-1-1")));
                others.add(o("number instead of date", n("20240101")));
                others.add(o("date as a word", s("yesterday")));
                others.add(o("date-time instead of date", s("2024-01-01T10:00:00Z")));
                others.add(o("date with U+0000", s("2024-01-01\u0000")));
            }
            case DATE_TIME -> {
                priority.add(p("date-time -999999999-01-01T00:00:00Z", s("-999999999-01-01T00:00:00Z")));
                priority.add(p("date-time +999999999-12-31T23:59:59Z", s("+999999999-12-31T23:59:59Z")));
                priority.add(p("date-time 2024-02-30T10:00:00Z", s("2024-02-30T10:00:00Z")));
                others.add(o("date-time 0000-01-01T00:00:00Z", s("0000-01-01T00:00:00Z")));
                others.add(o("date-time 9999-12-31T23:59:59Z", s("9999-12-31T23:59:59Z")));
                others.add(o("date instead of date-time", s("2024-01-01")));
                others.add(o("number instead of date-time", n("1700000000")));
                others.add(o("date-time as a word", s("now")));
            }
            case TIME -> {
                priority.add(p("time 25:00", s("25:00")));
                others.add(o("time 10:61", s("10:61")));
                others.add(o("time -01:00", s("-01:00")));
                others.add(o("number instead of time", n("1000")));
                others.add(o("time with 10 fraction digits", s("10:00:00.0000000001")));
            }
            case ARRAY -> {
                priority.add(p("object instead of array", Json.createObjectBuilder().add("a", 1).build()));
                priority.add(p("array with null", Json.createArrayBuilder().addNull().build()));
                others.add(o("string instead of array", s("x")));
                if (example instanceof JsonArray array && !array.isEmpty()) {
                    others.add(o("array with a duplicate", Json.createArrayBuilder(array).add(array.get(0)).build()));
                }
                others.add(o("empty array", JsonValue.EMPTY_JSON_ARRAY));
                others.add(o("array nested in array", Json.createArrayBuilder().add(Json.createArrayBuilder()).build()));
            }
            case OBJECT -> {
                priority.add(p("string instead of object", s("x")));
                others.add(o("array instead of object", JsonValue.EMPTY_JSON_ARRAY));
                others.add(o("empty object", JsonValue.EMPTY_JSON_OBJECT));
            }
            case ANY -> others.add(o("string", s("x")));
        }
        others.add(o("null", JsonValue.NULL));
        return List.of(priority, others);
    }

    private static Raw raw(String kind, String decoded, boolean priority) {
        return new Raw(kind, decoded, URLEncoder.encode(decoded, StandardCharsets.UTF_8).replace("+", "%20"), priority);
    }

    private static Raw literal(String kind, String decoded, String encoded, boolean priority) {
        return new Raw(kind, decoded, encoded, priority);
    }

    /** Malformed values of a query parameter; {@code date} when its name says it is a day. */
    static List<List<Raw>> forQuery(Kind kind, boolean date) {
        List<Raw> priority = new ArrayList<>();
        List<Raw> others = new ArrayList<>();
        priority.add(literal("%00", "\u0000", "%00", true));
        switch (kind) {
            case INTEGER, NUMBER -> {
                priority.add(raw("-1", "-1", true));
                priority.add(raw("18446744073709551617", "18446744073709551617", true));
                others.add(raw("1.5", "1.5", false));
                others.add(raw("word instead of number", "abc", false));
                others.add(raw("3,000 digits", "9".repeat(3000), false));
                others.add(literal("1%00", "1\u0000", "1%00", false));
                others.add(raw("empty", "", false));
            }
            case BOOLEAN -> {
                priority.add(raw("boolean as yes", "yes", true));
                others.add(raw("boolean as 1", "1", false));
            }
            default -> {
                if (date) {
                    priority.add(raw("date -999999999-01-01", "-999999999-01-01", true));
                    priority.add(raw("date +999999999-12-31", "+999999999-12-31", true));
                    priority.add(raw("date 0000-01-01", "0000-01-01", true));
                    priority.add(raw("date 9999-12-31", "9999-12-31", true));
                    priority.add(raw("date 2024-02-30", "2024-02-30", true));
                    others.add(raw("date as a word", "yesterday", false));
                } else {
                    priority.add(raw("3,000 characters", "x".repeat(3000), true));
                    others.add(raw("value not among those allowed", "NOT_A_VALUE", false));
                    others.add(raw("quote and SQL", "' or '1'='1", false));
                    others.add(raw("control characters", controlCharacters(), false));
                }
            }
        }
        return List.of(priority, others);
    }

    /** Malformed values of a path parameter. */
    static List<List<Raw>> forPath(Kind kind) {
        List<Raw> priority = new ArrayList<>();
        List<Raw> others = new ArrayList<>();
        priority.add(literal("%00", "\u0000", "%00", true));
        if (kind == Kind.INTEGER) {
            priority.add(raw("-1", "-1", true));
            priority.add(raw("18446744073709551617", "18446744073709551617", true));
            priority.add(raw("3,000 digits", "9".repeat(3000), true));
            others.add(raw("1.5", "1.5", false));
            others.add(raw("word instead of id", "abc", false));
            others.add(raw("0", "0", false));
            others.add(raw("9223372036854775808", "9223372036854775808", false));
            others.add(literal("1%00", "1\u0000", "1%00", false));
        } else {
            priority.add(raw("3,000 characters", "x".repeat(3000), true));
            others.add(literal("dot-dot", "..", "%2e%2e", false));
            others.add(raw("control characters", controlCharacters(), false));
        }
        return List.of(priority, others);
    }
}
