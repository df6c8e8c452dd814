package kz.qorgau.reports.control;

import java.util.HashMap;
import java.util.Map;

/** An enumeration's names in the reader's language, looked up once per workbook rather than once per cell. */
final class Labels<E extends Enum<E>> {

    private final Map<String, String> labels = new HashMap<>();
    private final String keyPrefix;
    private final ReportBook book;

    Labels(Class<E> type, String keyPrefix, ReportBook book) {
        this.keyPrefix = keyPrefix;
        this.book = book;
        for (E value : type.getEnumConstants()) {
            labels.put(value.name(), book.text(keyPrefix + value.name()));
        }
    }

    /** With the label of a value outside the enumeration, such as "not stated". */
    Labels<E> and(String name) {
        labels.put(name, book.text(keyPrefix + name));
        return this;
    }

    String of(String name) {
        return name == null ? null : labels.getOrDefault(name, name);
    }
}
