package kz.qorgau.imports.control;

import java.util.Map;

import kz.qorgau.students.entity.Iin;

/**
 * The students an import may write about, by IIN, each as the import holds it; and the files merged away, which it
 * may not: what is recorded about a child belongs on the file that child's files were merged into, as when one
 * record is written by hand.
 */
public final class StudentsByIin<T> {

    private final Map<String, T> students;
    private final Map<String, Long> mergedInto;

    /** Holds the maps as given, not copies: a national roster's index has millions of entries. */
    StudentsByIin(Map<String, T> students, Map<String, Long> mergedInto) {
        this.students = students;
        this.mergedInto = mergedInto;
    }

    /** These students, and no file merged away. */
    static <T> StudentsByIin<T> of(Map<String, T> students) {
        return new StudentsByIin<>(students, Map.of());
    }

    /** The student of this IIN, or null when the import may not write about one. */
    T get(Iin iin) {
        return students.get(iin.digits());
    }

    /** The row's refusal when its IIN names a file merged away, naming the file it was merged into; else null. */
    Rejection refusalIfMergedAway(SheetRow row, ImportColumn column, String iinText, Iin iin) {
        Long kept = mergedInto.get(iin.digits());
        return kept == null ? null : Rejection.of(row, column, iinText, "import.row.student-merged", iinText,
                String.valueOf(kept));
    }
}
