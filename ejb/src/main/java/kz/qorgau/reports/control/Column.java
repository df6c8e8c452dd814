package kz.qorgau.reports.control;

/** A column of a report table: its heading's message key and what its cells hold. */
public record Column(String heading, Kind kind) {

    /** What a column's cells hold, which decides their cell type and format. */
    public enum Kind {
        /** Text, written so that it can never become a formula. */
        TEXT,
        /** A number of children, cases or incidents: suppressed under 5 in statistical reports. */
        COUNT,
        /** A number that singles out no child (schools, staff), never suppressed. */
        NUMBER,
        /** A school's or case's number: an identifier, printed without thousand separators. */
        ID,
        DECIMAL,
        /** A ratio, shown as a percentage; a text value stands for a ratio that cannot be computed. */
        PERCENT,
        DATE,
        DATE_TIME
    }

    public static Column text(String heading) {
        return new Column(heading, Kind.TEXT);
    }

    public static Column count(String heading) {
        return new Column(heading, Kind.COUNT);
    }

    public static Column number(String heading) {
        return new Column(heading, Kind.NUMBER);
    }

    public static Column id(String heading) {
        return new Column(heading, Kind.ID);
    }

    public static Column decimal(String heading) {
        return new Column(heading, Kind.DECIMAL);
    }

    public static Column percent(String heading) {
        return new Column(heading, Kind.PERCENT);
    }

    public static Column date(String heading) {
        return new Column(heading, Kind.DATE);
    }

    public static Column dateTime(String heading) {
        return new Column(heading, Kind.DATE_TIME);
    }
}
