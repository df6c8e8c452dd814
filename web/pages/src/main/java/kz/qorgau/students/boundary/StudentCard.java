package kz.qorgau.students.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

import kz.qorgau.students.entity.Student;

/** What the head of a child's file shows, detached from the persistence context so that the page may keep it. */
public record StudentCard(long id, String iin, String name, LocalDate birthDate, String sex, long schoolId,
                          String schoolName, Integer grade, String classLetter, String status, Long familyId)
        implements Serializable {

    static StudentCard of(Student s, Locale locale) {
        return new StudentCard(s.getId(), s.getIin().digits(), s.getName().full(), s.getBirthDate(),
                s.getSex().name(), s.getSchool().getId(), s.getSchool().getName().in(locale), s.getGrade(),
                s.getClassLetter(), s.getStatus().name(), s.getFamilyId());
    }
}
