package kz.qorgau.imports.control;

/** The kinds of file the imports take: the name their applied files are remembered by, and their audit type. */
public enum ImportKind {
    SURVEY_RESULTS("survey-results", "survey-import"),
    ABSENCES("absences", "absence-import"),
    ROSTER("roster", "roster-import"),
    POLICE_REGISTRATIONS("police-registrations", "police-registration-import");

    private final String code;
    private final String auditType;

    ImportKind(String code, String auditType) {
        this.code = code;
        this.auditType = auditType;
    }

    String code() {
        return code;
    }

    String auditType() {
        return auditType;
    }
}
