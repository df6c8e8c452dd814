package kz.qorgau.families.control;

import java.time.LocalDate;

import kz.qorgau.students.entity.Student;

/** A child of a family, as far as the caller may see the child's file. */
public record FamilyMember(long studentId, String iin, String lastName, String firstName, String middleName,
                           LocalDate birthDate, long schoolId, Integer grade, String classLetter) {

    static FamilyMember of(Student s) {
        var name = s.getName();
        return new FamilyMember(s.getId(), s.getIin().digits(), name.lastName(), name.firstName(), name.middleName(),
                s.getBirthDate(), s.getSchool().getId(), s.getGrade(), s.getClassLetter());
    }
}
