package kz.qorgau.demo.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.safety.control.Checklist;
import kz.qorgau.safety.control.SafetyProfiles;
import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.safety.entity.GuardKind;
import kz.qorgau.safety.entity.Inspection;
import kz.qorgau.safety.entity.InspectionFinding;
import kz.qorgau.safety.entity.Prescription;
import kz.qorgau.safety.entity.ProfileOrigin;
import kz.qorgau.safety.entity.SafetyState;
import kz.qorgau.schools.entity.School;

/**
 * The demo schools' safety: both described by their directors, and school A inspected 25 days ago with two
 * defects, one prescription still within its deadline and one past it, so that the coordinator's inbox shows an
 * escalation once the deadline check has run. Built from entities: the API would refuse a deadline in the past.
 * Internal ({@code @PermitAll}): called only by the demo loader at start-up.
 */
@Stateless
@PermitAll
public class DemoSafety {

    @PersistenceContext
    EntityManager em;

    @EJB
    SafetyProfiles profiles;

    public void load(School a, School b, LocalDate today) {
        Instant described = today.minusDays(40).atStartOfDay(Kazakhstan.TIME_ZONE)
                .toInstant();
        SafetyState schoolA = new SafetyState(new SafetyState.PanicButton(true, true, today.minusDays(60)),
                new SafetyState.Cctv(16, 16, true, true),
                new SafetyState.Guard(GuardKind.SECURITY_COMPANY, "ТОО «Қорған Күзет»", today.minusMonths(6),
                        today.plusMonths(6)),
                new SafetyState.Grounds(true, true, true, false));
        SafetyState schoolB = new SafetyState(new SafetyState.PanicButton(true, false, null),
                new SafetyState.Cctv(6, 4, false, false), new SafetyState.Guard(GuardKind.WATCHMAN, null, null, null),
                new SafetyState.Grounds(false, true, false, true));
        profiles.record(a, schoolA, "director1", ProfileOrigin.EDIT, null, described);
        profiles.record(b, schoolB, "director1", ProfileOrigin.EDIT, null, described);

        LocalDate visited = today.minusDays(25);
        InspectionFinding cameras = new InspectionFinding(ChecklistItem.CCTV_WORKING, Finding.DEFECT,
                "Восстановить две камеры у запасного выхода.");
        InspectionFinding lighting = new InspectionFinding(ChecklistItem.LIGHTING, Finding.DEFECT,
                "Освещение спортивной площадки не работает.");
        List<InspectionFinding> findings = Checklist.items(schoolA, visited).stream()
                .map(item -> item == ChecklistItem.CCTV_WORKING ? cameras
                        : item == ChecklistItem.LIGHTING ? lighting : new InspectionFinding(item, Finding.OK, null))
                .toList();
        Instant recorded = visited.atTime(12, 0).atZone(Kazakhstan.TIME_ZONE)
                .toInstant();
        Inspection inspection = new Inspection(a, visited, "inspector1", "Плановая проверка.", findings,
                Checklist.items(schoolA, visited), recorded);
        em.persist(inspection);
        em.persist(new Prescription(inspection, cameras, today.plusDays(10)));
        em.persist(new Prescription(inspection, lighting, today.minusDays(5)));
        em.flush();
        profiles.record(a, schoolA.afterInspection(inspection.findingsByItem(), visited,
                new SafetyState.Cctv(16, 14, true, true)), "inspector1", ProfileOrigin.INSPECTION, inspection.getId(),
                recorded);
    }
}
