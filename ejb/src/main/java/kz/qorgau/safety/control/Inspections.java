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
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.InvalidFields.FieldProblem;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
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
 * prescription with its deadline, unless one is still open on the item, and the findings correct the school's profile.
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
        LocalDate today = LocalDate.ofInstant(now, Kazakhstan.TIME_ZONE);
        LocalDate visitedOn = request.visitedOn() == null ? today : request.visitedOn();
        if (visitedOn.isBefore(today.minusDays(LONGEST_DELAY_DAYS))) {
            throw new InvalidInput("safety.inspection.visited-long-ago", LONGEST_DELAY_DAYS);
        }
        SafetyState before = profiles.stateOf(schoolId);
        Map<ChecklistItem, Prescription> open = prescriptions.openByItem(schoolId);
        List<FieldProblem> unanswered = new ArrayList<>();
        List<InspectionFinding> lines = new ArrayList<>();
        for (int i = 0; i < request.findings().size(); i++) {
            lines.add(line(request.findings().get(i), "findings[" + i + "].", open, today, unanswered));
        }
        if (!unanswered.isEmpty()) {
            throw new InvalidFields("safety.inspection.findings-unanswered", unanswered,
                    unanswered.stream().map(p -> p.arguments()[0] + ": " + p.field())
                            .collect(Collectors.joining("; ")));
        }
        Inspection inspection = new Inspection(school, visitedOn, caller.username(), request.remarks(), lines,
                Checklist.items(before, today), now);
        em.persist(inspection);
        List<Prescription> issued = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            InspectionFinding line = lines.get(i);
            if (line.getFinding().needsRemedy() && line.getLinkedPrescriptionId() == null) {
                issued.add(new Prescription(inspection, line,
                        SafetyDeadline.resolve(request.findings().get(i).deadline(), today)));
            } else if (Boolean.TRUE.equals(line.getPrescriptionRemedied())) {
                open.get(line.getItem()).closeAtInspection(caller.username(), now, visitedOn);
                audit.record(caller, AuditAction.UPDATE, Prescriptions.RECORD_TYPE, line.getLinkedPrescriptionId(),
                        school.getId());
            }
        }
        issued.forEach(em::persist);
        em.flush();
        profiles.record(school, before.afterInspection(inspection.findingsByItem(), visitedOn,
                camerasCounted(request)), caller.username(), ProfileOrigin.INSPECTION, inspection.getId(), now);
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, inspection.getId(), school.getId());
        return InspectionView.of(inspection, issued.stream().map(p -> prescriptions.viewOf(p, today)).toList(),
                prescriptions.linkedBy(inspection));
    }

    /**
     * A finding, referring to the prescription still open on its item. A defect found again stands on it rather than
     * repeating it; a new one needs its requirement, which the school reads. An item found in order while its
     * prescription is overdue needs the inspector to say whether it was remedied, since the overdue prescription is
     * escalated otherwise. What a finding lacks is added to {@code unanswered} under its field, so that every line
     * can be put right at once; the finding is then null.
     */
    private static InspectionFinding line(NewFinding sent, String field, Map<ChecklistItem, Prescription> open,
                                          LocalDate today, List<FieldProblem> unanswered) {
        ChecklistItem item = sent.checklistItem();
        Finding finding = sent.found();
        Prescription existing = open.get(item);
        boolean stated = sent.remarks() != null && !sent.remarks().isBlank();
        if (finding.needsRemedy()) {
            // A deadline that could not be given is refused even where the open prescription keeps its own.
            SafetyDeadline.resolve(sent.deadline(), today);
            if (existing != null) {
                return new InspectionFinding(item, finding, stated ? sent.remarks() : existing.getRequirement(),
                        existing.getId(), null);
            }
            if (!stated) {
                unanswered.add(new FieldProblem(field + "remarks", "safety.finding.requirement-required", item.name(),
                        finding.name()));
                return null;
            }
            return new InspectionFinding(item, finding, sent.remarks());
        }
        if (existing == null) {
            return new InspectionFinding(item, finding, sent.remarks());
        }
        if (sent.prescriptionRemedied() == null && existing.isOverdueOn(today)) {
            unanswered.add(new FieldProblem(field + "prescriptionRemedied", "safety.finding.remedied-unanswered",
                    item.name(), existing.getId(), existing.getDeadline()));
            return null;
        }
        return new InspectionFinding(item, finding, sent.remarks(), existing.getId(), sent.prescriptionRemedied());
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public InspectionView read(long id, Caller caller) {
        Inspection inspection = JurisdictionQuery.findWithin(em, Inspection.class, "school", id, caller.jurisdiction())
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
        audit.record(caller, AuditAction.READ, RECORD_TYPE, id, inspection.getSchool().getId());
        return InspectionView.of(inspection, prescriptions.ofInspection(inspection), prescriptions.linkedBy(inspection));
    }

    /** The school's inspections, latest visit first. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<InspectionView> ofSchool(long schoolId, int page, int size, Caller caller) {
        School school = schools.requireVisible(schoolId, caller);
        audit.record(caller, AuditAction.READ, "safety-inspections", schoolId, school.getId());
        return em.createQuery("""
                        select i from Inspection i where i.school.id = :school
                        order by i.visitedOn desc, i.id desc""", Inspection.class)
                .setParameter("school", schoolId)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream()
                .map(i -> InspectionView.of(i, prescriptions.ofInspection(i), prescriptions.linkedBy(i))).toList();
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
