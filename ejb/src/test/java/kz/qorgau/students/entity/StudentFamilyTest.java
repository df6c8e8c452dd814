package kz.qorgau.students.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.SchoolKind;

class StudentFamilyTest {

    private final Student student = new Student(Iin.issue(LocalDate.of(2011, 4, 12), Sex.FEMALE, 1),
            new PersonName("Серікова", "Дана", null), null, null,
            new School(1001, null, SchoolKind.SCHOOL, new LocalizedName("№1 мектеп", "Школа №1", "School 1"), null), 9, "А");

    @Test
    void joiningTheSameFamilyAgainChangesNothing() {
        student.joinFamily(7);
        student.joinFamily(7);

        student.leaveFamily(7);
        assertThrows(InvalidInput.class, () -> student.leaveFamily(7));
    }

    @Test
    void belongsToOneFamilyAtATime() {
        student.joinFamily(7);

        DuplicateRecord e = assertThrows(DuplicateRecord.class, () -> student.joinFamily(8));

        assertThat(e.messageKey()).isEqualTo("family.member.in-other-family");
        assertThat(e.arguments()).endsWith("7");
    }

    @Test
    void mayJoinAnotherFamilyAfterLeavingTheFirst() {
        student.joinFamily(7);
        student.leaveFamily(7);

        student.joinFamily(8);

        InvalidInput e = assertThrows(InvalidInput.class, () -> student.leaveFamily(7));
        assertThat(e.messageKey()).isEqualTo("family.member.not-member");
    }
}
