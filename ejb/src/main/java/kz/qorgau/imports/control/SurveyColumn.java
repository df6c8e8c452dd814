package kz.qorgau.imports.control;

import java.util.Arrays;
import java.util.List;

/** The columns of a survey-results file, by the exact names its header row must use. */
public enum SurveyColumn implements ImportColumn {
    IIN("iin"),
    SCALE("scale"),
    SCORE("score"),
    TAKEN_ON("taken_on");

    static final List<String> HEADERS = Arrays.stream(values()).map(SurveyColumn::header).toList();

    private final String header;

    SurveyColumn(String header) {
        this.header = header;
    }

    @Override
    public String header() {
        return header;
    }
}
