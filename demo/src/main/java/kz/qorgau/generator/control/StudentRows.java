package kz.qorgau.generator.control;

import java.sql.SQLException;
import java.util.SplittableRandom;

import kz.qorgau.generator.control.PersonNames.Origin;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.StudentStatus;

/**
 * The students' files: names formed as their family's (a girl's surname with the feminine ending, a patronymic from
 * the father's name), the IIN of the roster, school, grade and class, family. All are active: a roster is the
 * schools' current enrolment.
 */
final class StudentRows {

    /** Files were opened when the child enrolled, up to four years back. */
    static final int OPENED_WITHIN_DAYS = 1_460;

    private StudentRows() {
    }

    static void write(RegionRows rows, SplittableRandom random) throws SQLException {
        Roster roster = rows.roster();
        try (CopyRows out = rows.copy("student", "id, iin, last_name, first_name, middle_name, birth_date, sex,"
                + " school_id, grade, class_letter, status, created_at, version, family_id", "student_id_seq")) {
            for (int school = 0; school < rows.plan().schools().size(); school++) {
                long schoolId = rows.school(school).id();
                for (int s = roster.schoolStart(school); s < roster.schoolEnd(school); s++) {
                    rows.studentId(s, out.nextId());
                    int family = roster.family(s);
                    boolean female = roster.female(s);
                    Origin origin = roster.familyOrigin(family);
                    PersonNames.Father father = roster.father(family);
                    out.row(rows.studentId(s), roster.iin(s), roster.surname(family, female),
                            PersonNames.firstName(origin, female, random), female ? father.daughterOf() : father.sonOf(),
                            roster.birthDate(s), female ? Sex.FEMALE : Sex.MALE, schoolId, roster.grade(s),
                            roster.classLetter(s), StudentStatus.ACTIVE,
                            rows.at(rows.today().minusDays(1 + random.nextInt(OPENED_WITHIN_DAYS)), 9, random.nextInt(60)),
                            0, rows.familyId(family));
                }
            }
            rows.finish("student", out);
        }
    }
}
