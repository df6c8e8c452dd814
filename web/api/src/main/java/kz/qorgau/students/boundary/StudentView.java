package kz.qorgau.students.boundary;

import java.time.LocalDate;

import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;
import kz.qorgau.students.entity.StudentStatus;

/** A student's file as the API returns it. */
public record StudentView(long id, String iin, String lastName, String firstName, String middleName,
                          LocalDate birthDate, Sex sex, long schoolId, Integer grade, String classLetter,
                          StudentStatus status, String statusReason, long version) {

    static StudentView of(Student s) {
        var name = s.getName();
        return new StudentView(s.getId(), s.getIin().digits(), name.lastName(), name.firstName(), name.middleName(),
                s.getBirthDate(), s.getSex(), s.getSchool().getId(), s.getGrade(), s.getClassLetter(), s.getStatus(),
                s.getStatusReason(), s.getVersion());
    }
}
