package kz.qorgau.imports.control;

/** The columns of a survey-results file, by the exact names its header row must use. */
public enum Column {
    IIN("iin"),
    SCALE("scale"),
    SCORE("score"),
    TAKEN_ON("taken_on");

    private final String header;

    Column(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }
}
