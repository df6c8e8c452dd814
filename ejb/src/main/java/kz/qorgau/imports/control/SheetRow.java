package kz.qorgau.imports.control;

/** One data row of a file as text, numbered as the user sees it (the header is row 1). */
public record SheetRow(int number, String iin, String scale, String score, String takenOn) {

    public SheetRow {
        iin = clean(iin);
        scale = clean(scale);
        score = clean(score);
        takenOn = clean(takenOn);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
