package kz.qorgau.imports.control;

import java.util.Arrays;
import java.util.List;

/** The columns of an absences file, by the exact names its header row must use. */
public enum AbsenceColumn implements ImportColumn {
    IIN("iin"),
    PERIOD_START("period_start"),
    PERIOD_END("period_end"),
    UNEXCUSED_DAYS("unexcused_days");

    static final List<String> HEADERS = Arrays.stream(values()).map(AbsenceColumn::header).toList();

    private final String header;

    AbsenceColumn(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }
}
