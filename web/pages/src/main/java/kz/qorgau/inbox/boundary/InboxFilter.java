package kz.qorgau.inbox.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kz.qorgau.cases.control.InboxQuery;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;

/**
 * What the reader of the inbox asked for, kept in the page's address so that a filtered page can be bookmarked,
 * reloaded and gone back to: {@code level}, {@code status}, {@code overdue}, {@code kind} (cases or safety
 * prescriptions), {@code sort} and {@code page} (from 1). A value the page does not know is ignored, not refused.
 */
public record InboxFilter(Level level, CaseStatus status, boolean overdue, Kind kind, InboxQuery.Order sort, int page) {

    /** The kinds of things the inbox holds; null shows both. */
    public enum Kind {
        CASE,
        PRESCRIPTION
    }

    public InboxFilter {
        sort = sort == null ? InboxQuery.Order.DEADLINE : sort;
        page = Math.max(1, page);
    }

    public static InboxFilter of(Map<String, String> parameters) {
        return new InboxFilter(
                constant(Level.class, parameters.get("level")),
                constant(CaseStatus.class, parameters.get("status")),
                "true".equals(parameters.get("overdue")),
                constant(Kind.class, parameters.get("kind")),
                constant(InboxQuery.Order.class, parameters.get("sort")),
                number(parameters.get("page")));
    }

    public InboxQuery query() {
        return new InboxQuery(level, status, overdue, sort);
    }

    public boolean showsCases() {
        return kind != Kind.PRESCRIPTION;
    }

    public boolean showsPrescriptions() {
        return kind != Kind.CASE;
    }

    /**
     * The address of the inbox with one parameter changed (an empty value drops it), back on the first page unless
     * the page itself is what changes.
     */
    public String with(String name, String value) {
        Map<String, String> parameters = parameters();
        if (!"page".equals(name)) {
            parameters.remove("page");
        }
        if (value == null || value.isEmpty()) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        return "?" + of(parameters).parameters().entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The parameters that differ from the unfiltered inbox's, in a fixed order. */
    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        Optional.ofNullable(level).ifPresent(l -> parameters.put("level", l.name()));
        Optional.ofNullable(status).ifPresent(s -> parameters.put("status", s.name()));
        if (overdue) {
            parameters.put("overdue", "true");
        }
        Optional.ofNullable(kind).ifPresent(k -> parameters.put("kind", k.name()));
        if (sort != InboxQuery.Order.DEADLINE) {
            parameters.put("sort", sort.name());
        }
        if (page > 1) {
            parameters.put("page", String.valueOf(page));
        }
        return parameters;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    private static int number(String value) {
        return value != null && value.matches("\\d{1,6}") ? Integer.parseInt(value) : 1;
    }
}
