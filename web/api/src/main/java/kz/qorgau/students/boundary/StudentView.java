package kz.qorgau.students.boundary;

import java.time.LocalDate;

import kz.qorgau.duplicates.control.DuplicateFindings;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;
import kz.qorgau.students.entity.StudentStatus;

/**
 * A student's file as the API returns it. Opening it (GET) adds what the duplicate check found: the look-alike files
 * the caller may see, a note when others exist elsewhere, and the file it was merged into; other answers leave
 * {@code duplicates} out.
 */
public record StudentView(long id, String iin, String lastName, String firstName, String middleName,
                          LocalDate birthDate, Sex sex, long schoolId, Integer grade, String classLetter,
                          StudentStatus status, String statusReason, Long mergedIntoId, long version,
                          DuplicateFindings duplicates) {

    static StudentView of(Student s) {
        return of(s, null);
    }

    static StudentView of(Student s, DuplicateFindings duplicates) {
        var name = s.getName();
        return new StudentView(s.getId(), s.getIin().digits(), name.lastName(), name.firstName(), name.middleName(),
                s.getBirthDate(), s.getSex(), s.getSchool().getId(), s.getGrade(), s.getClassLetter(), s.getStatus(),
                s.getStatusReason(), s.getMergedIntoId(), s.getVersion(), duplicates);
    }
}
