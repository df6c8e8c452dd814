package kz.qorgau.imports.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;

/**
 * The checks every row of a roster passes before anything is stored: the IIN, the names, the school, the class,
 * and then what the IIN means. A student of the caller's jurisdiction has the row's names and class corrected but
 * never changes school (that is a transfer, which the receiving school confirms); a student of any other school
 * is refused without saying which school, as a file outside the jurisdiction would be not found.
 */
public final class RosterRowCheck {

    private static final int LONGEST_NAME = 100;
    private static final int LONGEST_CLASS_LETTER = 3;
    private static final int HIGHEST_GRADE = 12;

    /** Where a student of the caller's jurisdiction studies. */
    public record Placement(long studentId, long schoolId) {
    }

    private final StudentsByIin<Placement> placements;
    private final Set<Long> schoolIds;
    private final Predicate<String> registeredElsewhere;
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param placements          the students of the caller's jurisdiction, by IIN
     * @param schoolIds           the schools within the caller's jurisdiction
     * @param registeredElsewhere whether an IIN not among the placements belongs to a student of another school
     */
    public RosterRowCheck(StudentsByIin<Placement> placements, Set<Long> schoolIds,
                          Predicate<String> registeredElsewhere) {
        this.placements = placements;
        this.schoolIds = schoolIds;
        this.registeredElsewhere = registeredElsewhere;
    }

    public RowOutcome check(SheetRow row) {
        Rejection missing = Cells.missing(row, RosterColumn.IIN, RosterColumn.LAST_NAME, RosterColumn.FIRST_NAME,
                RosterColumn.SCHOOL_ID, RosterColumn.GRADE);
        if (missing != null) {
            return missing;
        }
        String iinText = RosterColumn.IIN.of(row);
        Iin iin;
        try {
            iin = Iin.parse(iinText);
        } catch (InvalidInput e) {
            return Rejection.of(row, RosterColumn.IIN, iinText, e.messageKey(), e.arguments());
        }
        for (RosterColumn name : new RosterColumn[] {RosterColumn.LAST_NAME, RosterColumn.FIRST_NAME,
                RosterColumn.MIDDLE_NAME}) {
            if (name.of(row).length() > LONGEST_NAME) {
                return Rejection.of(row, name, name.of(row), "roster.row.too-long", String.valueOf(LONGEST_NAME));
            }
        }
        String schoolText = RosterColumn.SCHOOL_ID.of(row);
        if (!schoolText.matches("\\d{1,12}") || !schoolIds.contains(Long.valueOf(schoolText))) {
            return Rejection.of(row, RosterColumn.SCHOOL_ID, schoolText, "roster.row.school-unknown", schoolText);
        }
        long schoolId = Long.parseLong(schoolText);
        String gradeText = RosterColumn.GRADE.of(row);
        if (!gradeText.matches("\\d{1,2}") || Integer.parseInt(gradeText) > HIGHEST_GRADE) {
            return Rejection.of(row, RosterColumn.GRADE, gradeText, "roster.row.grade", gradeText,
                    String.valueOf(HIGHEST_GRADE));
        }
        String classLetter = RosterColumn.CLASS_LETTER.of(row);
        if (classLetter.length() > LONGEST_CLASS_LETTER) {
            return Rejection.of(row, RosterColumn.CLASS_LETTER, classLetter, "roster.row.too-long",
                    String.valueOf(LONGEST_CLASS_LETTER));
        }
        Rejection mergedAway = placements.refusalIfMergedAway(row, RosterColumn.IIN, iinText, iin);
        if (mergedAway != null) {
            return mergedAway;
        }
        Placement placement = placements.get(iin);
        if (placement == null && registeredElsewhere.test(iin.digits())) {
            return Rejection.of(row, RosterColumn.IIN, iinText, "roster.row.other-school", iinText);
        }
        if (placement != null && placement.schoolId() != schoolId) {
            return Rejection.of(row, RosterColumn.SCHOOL_ID, schoolText, "roster.row.transfer", iinText);
        }
        Integer earlier = seen.putIfAbsent(iin.digits(), row.number());
        if (earlier != null) {
            return Rejection.of(row, RosterColumn.IIN, iinText, "roster.row.duplicate", String.valueOf(earlier));
        }
        String middleName = RosterColumn.MIDDLE_NAME.of(row);
        return new RosterRow(placement == null ? null : placement.studentId(), iin,
                new PersonName(RosterColumn.LAST_NAME.of(row), RosterColumn.FIRST_NAME.of(row),
                        middleName.isEmpty() ? null : middleName),
                schoolId, Integer.parseInt(gradeText), classLetter.isEmpty() ? null : classLetter);
    }
}
