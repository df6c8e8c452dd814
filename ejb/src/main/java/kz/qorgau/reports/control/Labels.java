package kz.qorgau.reports.control;

import java.util.HashMap;
import java.util.Map;

/** An enumeration's names in the reader's language, looked up once per workbook rather than once per cell. */
final class Labels<E extends Enum<E>> {

    private final Map<String, String> labels = new HashMap<>();

    Labels(Class<E> type, String keyPrefix, ReportBook book) {
        for (E value : type.getEnumConstants()) {
            labels.put(value.name(), book.text(keyPrefix + value.name()));
        }
    }

    String of(String name) {
        return name == null ? null : labels.getOrDefault(name, name);
    }
}
