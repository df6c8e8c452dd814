package kz.qorgau.students.control;

import java.time.LocalDate;

import kz.qorgau.students.entity.Student;
import kz.qorgau.students.entity.StudentStatus;

/** One line of a student search. */
public record StudentSummary(long id, String iin, String name, LocalDate birthDate, long schoolId, Integer grade,
                             String classLetter, StudentStatus status) {

    static StudentSummary of(Student s) {
        return new StudentSummary(s.getId(), s.getIin().digits(), s.getName().full(), s.getBirthDate(),
                s.getSchool().getId(), s.getGrade(), s.getClassLetter(), s.getStatus());
    }
}
