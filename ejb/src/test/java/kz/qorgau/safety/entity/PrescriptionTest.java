package kz.qorgau.safety.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.School;

class PrescriptionTest {

    private static final LocalDate VISIT = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T06:00:00Z");

    @Test
    void anInspectionNeedsAFindingForEveryItemOfTheChecklistAndEachItemOnce() {
        InspectionFinding fence = new InspectionFinding(ChecklistItem.FENCE, Finding.OK, null);

        InvalidInput missing = assertThrows(InvalidInput.class, () -> inspection(List.of(fence),
                List.of(ChecklistItem.FENCE, ChecklistItem.LIGHTING, ChecklistItem.GUARD)));
        assertThat(missing.arguments()).containsExactly("LIGHTING, GUARD");
        InvalidInput repeated = assertThrows(InvalidInput.class, () -> inspection(List.of(fence, fence),
                List.of(ChecklistItem.FENCE)));
        assertThat(repeated.messageKey()).isEqualTo("safety.inspection.item-repeated");
    }

    @Test
    void aRemedyIsReviewedAndARejectedOneIsOpenAgain() {
        Prescription p = prescription();
        assertThrows(InvalidInput.class, () -> p.remedy(" ", false, "director1", NOW));
        assertThrows(InvalidInput.class, () -> p.accept("inspector1", NOW, VISIT));

        p.remedy(null, true, "director1", NOW);
        assertThat(p.getStatus()).isEqualTo(PrescriptionStatus.REMEDIED);
        p.reject("Still broken.", "inspector1", NOW);
        assertThat(p.getStatus()).isEqualTo(PrescriptionStatus.OPEN);
        p.remedy("Replaced the lamps.", false, "director1", NOW);
        p.accept("inspector1", NOW, VISIT);

        assertThat(p.getStatus()).isEqualTo(PrescriptionStatus.CLOSED);
        assertThat(p.getClosedOn()).isEqualTo(VISIT);
        assertThat(p.isOverdueOn(VISIT.plusYears(1))).isFalse();
    }

    @Test
    void isOverdueOnlyAfterItsDeadlineDayAndEscalatesOnce() {
        Prescription p = prescription();

        assertThat(p.isOverdueOn(VISIT.plusDays(5))).isFalse();
        assertThat(p.isOverdueOn(VISIT.plusDays(6))).isTrue();
        assertThat(p.escalate(NOW)).isTrue();
        assertThat(p.escalate(NOW.plusSeconds(300))).isFalse();
        assertThat(p.getEscalatedAt()).isEqualTo(NOW);
    }

    @Test
    void anInspectionFindingTheItemInOrderClosesItWithOrWithoutAReportedRemedyButNotTwice() {
        Prescription unreported = prescription();
        unreported.closeAtInspection("inspector1", NOW, VISIT.plusDays(9));
        assertThat(unreported.getStatus()).isEqualTo(PrescriptionStatus.CLOSED);
        assertThat(unreported.getClosedOn()).isEqualTo(VISIT.plusDays(9));
        assertThat(unreported.getClosedBy()).isEqualTo("inspector1");
        assertThrows(InvalidInput.class, () -> unreported.closeAtInspection("inspector1", NOW, VISIT.plusDays(10)));

        Prescription reported = prescription();
        reported.remedy("New lamps.", false, "director1", NOW);
        reported.closeAtInspection("inspector1", NOW, VISIT.plusDays(9));
        assertThat(reported.getStatus()).isEqualTo(PrescriptionStatus.CLOSED);
    }

    private static Prescription prescription() {
        InspectionFinding dark = new InspectionFinding(ChecklistItem.LIGHTING, Finding.DEFECT, "Light the yard.");
        return new Prescription(inspection(List.of(dark), List.of(ChecklistItem.LIGHTING)), dark, VISIT.plusDays(5));
    }

    private static Inspection inspection(List<InspectionFinding> findings, List<ChecklistItem> checklist) {
        return new Inspection(new School(1001, null, null, null, null), VISIT, "inspector1", null, findings, checklist, NOW);
    }
}
