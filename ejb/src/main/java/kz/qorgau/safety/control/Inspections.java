package kz.qorgau.safety.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.earlywarning.control.StudentEvaluation;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.safety.entity.Inspection;
import kz.qorgau.safety.entity.InspectionFinding;
import kz.qorgau.safety.entity.Prescription;
import kz.qorgau.safety.entity.ProfileOrigin;
import kz.qorgau.safety.entity.SafetyState;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * Inspections of schools by the inspectors who answer for them: each finding that is not in order becomes a
 * prescription with its deadline, and the findings correct the school's profile.
 */
@Stateless
public class Inspections {

    static final String RECORD_TYPE = "safety-inspection";

    /** An inspection is recorded within a month of the visit, while the inspector's notes are fresh. */
    static final int LONGEST_DELAY_DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @EJB
    Schools schools;

    @EJB
    SafetyProfiles profiles;

    @EJB
    Prescriptions prescriptions;

    @EJB
    SchoolInspectors inspectors;

    @EJB
    AuditTrail audit;

    @RolesAllowed({INSPECTOR, ADMIN})
    public InspectionView record(long schoolId,
                                 @NotNull(message = "{request.body.required}") @Valid NewInspection request,
                                 Caller caller) {
        School school = schools.requireVisible(schoolId, caller);
        inspectors.requireInspectorOf(school, caller);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, StudentEvaluation.KAZAKHSTAN);
        LocalDate visitedOn = request.visitedOn() == null ? today : request.visitedOn();
        if (visitedOn.isBefore(today.minusDays(LONGEST_DELAY_DAYS))) {
            throw new InvalidInput("safety.inspection.visited-long-ago", LONGEST_DELAY_DAYS);
        }
        SafetyState before = profiles.stateOf(schoolId);
        List<InspectionFinding> lines = request.findings().stream().map(NewFinding::toFinding).toList();
        Inspection inspection = new Inspection(school, visitedOn, caller.username(), request.remarks(), lines,
                Checklist.items(before, today), now);
        em.persist(inspection);
        List<Prescription> issued = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).getFinding().needsRemedy()) {
                issued.add(new Prescription(inspection, lines.get(i),
                        SafetyDeadline.resolve(request.findings().get(i).deadline(), today)));
            }
        }
        issued.forEach(em::persist);
        em.flush();
        profiles.record(school, before.afterInspection(inspection.findingsByItem(), visitedOn,
                camerasCounted(request)), caller.username(), ProfileOrigin.INSPECTION, inspection.getId(), now);
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, inspection.getId(), school);
        return InspectionView.of(inspection, issued.stream().map(p -> prescriptions.viewOf(p, today)).toList());
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public InspectionView read(long id, Caller caller) {
        Inspection inspection = JurisdictionQuery.findWithin(em, Inspection.class, "school", id, caller.jurisdiction())
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        audit.record(caller, AuditAction.READ, RECORD_TYPE, id, inspection.getSchool());
        return InspectionView.of(inspection, prescriptions.ofInspection(inspection));
    }

    /** The school's inspections, latest visit first. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<InspectionView> ofSchool(long schoolId, int page, int size, Caller caller) {
        School school = schools.requireVisible(schoolId, caller);
        audit.record(caller, AuditAction.READ, "safety-inspections", schoolId, school);
        return em.createQuery("""
                        select i from Inspection i where i.school.id = :school
                        order by i.visitedOn desc, i.id desc""", Inspection.class)
                .setParameter("school", schoolId)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(i -> InspectionView.of(i, prescriptions.ofInspection(i))).toList();
    }

    private static SafetyState.Cctv camerasCounted(NewInspection request) {
        if (request.cctvCameras() == null && request.cctvWorking() == null) {
            return null;
        }
        if (request.cctvCameras() == null || request.cctvWorking() == null) {
            throw new InvalidInput("safety.inspection.cameras-both");
        }
        return new SafetyState.Cctv(request.cctvCameras(), request.cctvWorking(), false, false);
    }
}
