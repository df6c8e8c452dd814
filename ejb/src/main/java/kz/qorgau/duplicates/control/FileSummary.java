package kz.qorgau.duplicates.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

import kz.qorgau.students.entity.Student;
import kz.qorgau.students.entity.StudentStatus;

/** What a person needs to tell two files apart: who, born when, at which school. */
public record FileSummary(long studentId, String iin, String lastName, String firstName, String middleName,
                          LocalDate birthDate, long schoolId, String schoolName, StudentStatus status)
                          implements Serializable {

    static FileSummary of(Student s, Locale locale) {
        var name = s.getName();
        return new FileSummary(s.getId(), s.getIin().digits(), name.lastName(), name.firstName(), name.middleName(),
                s.getBirthDate(), s.getSchool().getId(), s.getSchool().getName().in(locale), s.getStatus());
    }
}
