package kz.qorgau.imports.control;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;

/**
 * A valid row of a roster: a student to open a file for (no id yet) or whose names and class to correct.
 * The middle name and class letter may be null, as they may be empty in the file.
 */
public record RosterRow(Long studentId, Iin iin, PersonName name, long schoolId, int grade, String classLetter)
        implements RowOutcome {

    boolean isNew() {
        return studentId == null;
    }
}
