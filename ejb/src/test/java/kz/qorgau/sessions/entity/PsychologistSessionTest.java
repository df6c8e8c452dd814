package kz.qorgau.sessions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.District;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.sessions.control.SessionRecord;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;

class PsychologistSessionTest {

    private static final Instant FIRST = Instant.parse("2026-11-20T06:00:00Z");

    private final PsychologistSession session = new PsychologistSession(student(),
            new SessionRecord(LocalDate.of(2026, 11, 19), SessionKind.INDIVIDUAL, 45, Level.HIGH, List.of(),
                    "Original note", null), "psychologist1");

    @Test
    void anAddendumLeavesTheNoteAsItWasWritten() {
        session.append("Correction: the conflict was with a cousin, not a brother.", "psychologist1", FIRST);

        assertThat(session.getConfidentialNote()).isEqualTo("Original note");
    }

    @Test
    void addendaKeepTheirAuthorTimeAndOrder() {
        session.append("First", "psychologist1", FIRST);
        SessionAddendum second = session.append("  Second  ", "psychologist3", FIRST.plusSeconds(60));

        assertThat(session.getAddenda()).extracting(SessionAddendum::getText).containsExactly("First", "Second");
        assertThat(second.getAuthor()).isEqualTo("psychologist3");
        assertThat(second.getWrittenAt()).isEqualTo(FIRST.plusSeconds(60));
        assertThat(second.getSession()).isSameAs(session);
    }

    @Test
    void rejectsABlankAddendum() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> session.append(" \n ", "psychologist1", FIRST));

        assertThat(e.messageKey()).isEqualTo("addendum.text.required");
        assertThat(session.getAddenda()).isEmpty();
    }

    @Test
    void theAddendaCannotBeChangedFromOutside() {
        session.append("First", "psychologist1", FIRST);

        assertThrows(UnsupportedOperationException.class, () -> session.getAddenda().clear());
    }

    private static Student student() {
        Region region = new Region(75, new LocalizedName("Алматы", "Алматы", "Almaty"));
        District district = new District(7502, region, new LocalizedName("Аудан", "Район", "District"));
        School school = new School(1001, district, SchoolKind.SCHOOL, new LocalizedName("Мектеп", "Школа", "School"), null);
        return new Student(Iin.issue(LocalDate.of(2011, 4, 12), Sex.FEMALE, 1), new PersonName("Test", "Student", null),
                null, null, school, 9, "A");
    }
}
