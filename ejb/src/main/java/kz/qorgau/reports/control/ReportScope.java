package kz.qorgau.reports.control;

/**
 * The part of the country a report covers: the reader's whole jurisdiction, or one region, district or school of
 * it. The name is in the reader's language, for the cover sheet.
 */
public record ReportScope(Level level, long id, String name) {

    /** How wide a report looks. */
    public enum Level {
        JURISDICTION, REGION, DISTRICT, SCHOOL
    }
}
