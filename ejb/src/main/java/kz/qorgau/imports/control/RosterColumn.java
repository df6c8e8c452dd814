package kz.qorgau.imports.control;

import java.util.Arrays;
import java.util.List;

/** The columns of a student roster, by the exact names its header row must use. */
public enum RosterColumn implements ImportColumn {
    IIN("iin"),
    LAST_NAME("last_name"),
    FIRST_NAME("first_name"),
    MIDDLE_NAME("middle_name"),
    SCHOOL_ID("school_id"),
    GRADE("grade"),
    CLASS_LETTER("class_letter");

    static final List<String> HEADERS = Arrays.stream(values()).map(RosterColumn::header).toList();

    private final String header;

    RosterColumn(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }
}
