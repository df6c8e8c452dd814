package kz.qorgau.hotline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.District;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;

class HotlineReportTest {

    private static final Instant NOW = Instant.parse("2026-11-25T05:00:00Z");

    private final Region almaty = new Region(75, new LocalizedName("Алматы", "Алматы", "Almaty"));
    private final Region astana = new Region(71, new LocalizedName("Астана", "Астана", "Astana"));
    private final District district = new District(7502, almaty, new LocalizedName("Аудан", "Район", "District"));
    private final School schoolA = school(1001);
    private final School schoolB = school(1002);
    private final Student student = new Student(Iin.issue(LocalDate.of(2011, 4, 12), Sex.FEMALE, 1),
            new PersonName("Серікова", "Дана", null), null, null, schoolA, 9, "А");

    @Test
    void aNewReportWaitsForTriage() {
        HotlineReport report = anonymousReport();

        assertThat(report.getStatus()).isEqualTo(ReportStatus.NEW);
        assertThat(report.getStudent()).isNull();
        assertThat(report.getSchool()).isNull();
        assertThat(report.getTriagedAt()).isNull();
    }

    @Test
    void triageIntoAnIncidentLinksTheIncidentTheStudentAndTheirSchool() {
        HotlineReport report = anonymousReport();

        report.triageToIncident(student, 42, "operator1", NOW);

        assertThat(report.getStatus()).isEqualTo(ReportStatus.TRIAGED_TO_INCIDENT);
        assertThat(report.getIncidentId()).isEqualTo(42);
        assertThat(report.getStudent()).isSameAs(student);
        assertThat(report.getSchool()).isSameAs(schoolA);
        assertThat(report.getTriagedBy()).isEqualTo("operator1");
        assertThat(report.getTriagedAt()).isEqualTo(NOW);
    }

    @Test
    void triageIntoACaseWithoutAnOpenCaseStillLinksTheStudent() {
        HotlineReport report = anonymousReport();

        report.triageToCase(student, null, "operator1", NOW);

        assertThat(report.getStatus()).isEqualTo(ReportStatus.TRIAGED_TO_CASE);
        assertThat(report.getCaseId()).isNull();
        assertThat(report.getStudent()).isSameAs(student);
    }

    @Test
    void aTriagedReportCannotBeTriagedAgain() {
        HotlineReport report = anonymousReport();
        report.triageToIncident(student, 42, "operator1", NOW);

        DuplicateRecord e = assertThrows(DuplicateRecord.class,
                () -> report.triageToCase(student, 7L, "operator1", NOW));

        assertThat(e.messageKey()).isEqualTo("hotline.report.already-triaged");
        assertThat(e.arguments()).contains(ReportStatus.TRIAGED_TO_INCIDENT);
        assertThat(report.getCaseId()).isNull();
        assertThrows(DuplicateRecord.class, () -> report.close("prank", "operator1", NOW));
        assertThrows(DuplicateRecord.class, report::requireUntriaged);
    }

    @Test
    void aClosedReportCannotBeTriagedIntoAnIncident() {
        HotlineReport report = anonymousReport();
        report.close("A prank call.", "operator1", NOW);

        assertThrows(DuplicateRecord.class, () -> report.triageToIncident(student, 42, "operator1", NOW));
        assertThat(report.getStatus()).isEqualTo(ReportStatus.CLOSED);
        assertThat(report.getIncidentId()).isNull();
    }

    @Test
    void closureNeedsAReason() {
        HotlineReport report = anonymousReport();

        InvalidInput e = assertThrows(InvalidInput.class, () -> report.close("  ", "operator1", NOW));

        assertThat(e.messageKey()).isEqualTo("hotline.closure.reason.required");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.NEW);
        report.close(" Advice given to the parent. ", "operator1", NOW);
        assertThat(report.getClosureReason()).isEqualTo("Advice given to the parent.");
    }

    @Test
    void refusesAStudentOfAnotherSchoolThanTheReportNames() {
        HotlineReport report = new HotlineReport(NOW, Channel.CHAT, CallerKind.CHILD, "Beaten after classes.",
                IncidentType.FIGHT, Urgency.HIGH, almaty, schoolB, null, "operator1");

        InvalidInput e = assertThrows(InvalidInput.class,
                () -> report.triageToIncident(student, 42, "operator1", NOW));

        assertThat(e.messageKey()).isEqualTo("hotline.student.other-school");
        assertThat(report.getStatus()).isEqualTo(ReportStatus.NEW);
    }

    @Test
    void refusesASchoolOutsideTheRegionNamed() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new HotlineReport(NOW, Channel.PHONE,
                CallerKind.PARENT, "Son is bullied.", IncidentType.BULLYING, Urgency.MEDIUM, astana, schoolA, null,
                "operator1"));

        assertThat(e.messageKey()).isEqualTo("hotline.school.other-region");
    }

    @Test
    void requiresASummary() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> new HotlineReport(NOW, Channel.PHONE,
                CallerKind.ANONYMOUS, " ", IncidentType.BULLYING, Urgency.LOW, almaty, null, null, "operator1"));

        assertThat(e.messageKey()).isEqualTo("hotline.summary.required");
    }

    @Test
    void aReportAboutAStudentBelongsToTheStudentsSchool() {
        HotlineReport report = new HotlineReport(NOW, Channel.MESSENGER, CallerKind.TEACHER, "Bruises.",
                IncidentType.DOMESTIC_VIOLENCE, Urgency.CRITICAL, almaty, null, student, "operator1");

        assertThat(report.getSchool()).isSameAs(schoolA);
    }

    private HotlineReport anonymousReport() {
        return new HotlineReport(NOW, Channel.PHONE, CallerKind.ANONYMOUS, "A girl is beaten at home.",
                IncidentType.DOMESTIC_VIOLENCE, Urgency.HIGH, almaty, null, null, "operator1");
    }

    private School school(long id) {
        return new School(id, district, SchoolKind.SCHOOL, new LocalizedName("Мектеп", "Школа", "School " + id), null);
    }
}
