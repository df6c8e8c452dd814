package kz.qorgau.imports.control;

import java.util.Arrays;
import java.util.List;

/** The columns of a police-registrations file, by the exact names its header row must use. */
public enum PoliceRegistrationColumn implements ImportColumn {
    IIN("iin"),
    REASON("reason"),
    REGISTERED_ON("registered_on"),
    REVIEW_ON("review_on"),
    BASIS_DOCUMENT("basis_document"),
    NOTE("note");

    static final List<String> HEADERS = Arrays.stream(values()).map(PoliceRegistrationColumn::header).toList();

    private final String header;

    PoliceRegistrationColumn(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }
}
