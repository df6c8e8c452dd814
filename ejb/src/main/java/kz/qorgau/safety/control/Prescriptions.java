package kz.qorgau.safety.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.EvidenceType;
import kz.qorgau.safety.entity.Inspection;
import kz.qorgau.safety.entity.InspectionFinding;
import kz.qorgau.safety.entity.Prescription;
import kz.qorgau.safety.entity.PrescriptionEvidence;
import kz.qorgau.safety.entity.PrescriptionStatus;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * Prescriptions of the schools within the caller's jurisdiction, worked to closure: the school's administration
 * attaches evidence and reports its remedy, an inspector who answers for the school accepts or rejects it. The views
 * for inspections are {@code @PermitAll}: the inspections declare who may read them.
 */
@Stateless
public class Prescriptions {

    @Inject
    Clock clock;

    static final String RECORD_TYPE = "safety-prescription";

    @PersistenceContext
    EntityManager em;

    @EJB
    SchoolInspectors inspectors;

    @EJB
    AuditTrail audit;

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<PrescriptionView> list(PrescriptionFilter filter, int page, int size, Caller caller) {
        LocalDate today = today();
        List<PrescriptionView> found = JurisdictionQuery.create(em, """
                        select p from Prescription p join p.school sc join sc.district d
                        where %s
                          and (:school is null or sc.id = :school)
                          and (:status is null or p.status = :status)
                          and (:overdue is null
                               or (:overdue = true and p.status = :open and p.deadline < :today)
                               or (:overdue = false and not (p.status = :open and p.deadline < :today)))
                        order by p.deadline, p.id""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        Prescription.class, caller.jurisdiction())
                .setParameter("school", filter.schoolId())
                .setParameter("status", filter.status())
                .setParameter("overdue", filter.overdue())
                .setParameter("open", PrescriptionStatus.OPEN)
                .setParameter("today", today)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(p -> viewOf(p, today)).toList();
        audit.recordList(caller, "prescriptions", found.size());
        return found;
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public PrescriptionView read(long id, Caller caller) {
        Prescription prescription = requireVisible(id, caller);
        audit.record(caller, AuditAction.READ, RECORD_TYPE, id, prescription.getSchool().getId());
        return viewOf(prescription, today());
    }

    /**
     * Evidence goes with an open prescription, before the school reports its remedy. The file is read here, once the
     * caller may attach one: the upload of a caller who may not is never read.
     *
     * @see EvidenceFile#read(InputStream, String, Long, String)
     */
    @RolesAllowed(SCHOOL_ADMIN)
    public EvidenceView attach(long id, InputStream body, String contentType, Long declaredLength, String fileName,
                               Caller caller) {
        EvidenceFile file = EvidenceFile.read(body, contentType, declaredLength, fileName);
        Prescription prescription = requireVisible(id, caller);
        prescription.requireOpen();
        PrescriptionEvidence evidence = new PrescriptionEvidence(prescription, file.fileName(), file.type(),
                file.content(), caller.username(), Instant.now());
        em.persist(evidence);
        em.flush();
        audit.record(caller, AuditAction.CREATE, "safety-evidence", evidence.getId(), prescription.getSchool().getId());
        return EvidenceView.of(evidence);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public EvidenceContent evidence(long id, long evidenceId, Caller caller) {
        Prescription prescription = requireVisible(id, caller);
        PrescriptionEvidence evidence = Optional.ofNullable(em.find(PrescriptionEvidence.class, evidenceId))
                .filter(e -> e.getPrescription().getId() == id)
                .orElseThrow(() -> new RecordNotFound("safety-evidence", evidenceId));
        audit.record(caller, AuditAction.READ, "safety-evidence", evidenceId, prescription.getSchool().getId());
        return new EvidenceContent(evidence.getFileName(), evidence.getMediaType().mediaType(), evidence.getContent());
    }

    @RolesAllowed(SCHOOL_ADMIN)
    public PrescriptionView remedy(long id, @NotNull(message = "{request.body.required}") @Valid Remedy remedy,
                                   Caller caller) {
        Prescription prescription = requireVisible(id, caller);
        prescription.remedy(remedy.note(), !evidenceOf(prescription).isEmpty(), caller.username(), Instant.now());
        return changed(prescription, caller);
    }

    @RolesAllowed({INSPECTOR, ADMIN})
    public PrescriptionView accept(long id, Caller caller) {
        Prescription prescription = requireVisible(id, caller);
        inspectors.requireInspectorOf(prescription.getSchool(), caller);
        prescription.accept(caller.username(), Instant.now(), today());
        return changed(prescription, caller);
    }

    @RolesAllowed({INSPECTOR, ADMIN})
    public PrescriptionView reject(long id, @NotNull(message = "{request.body.required}") @Valid Rejection rejection,
                                   Caller caller) {
        Prescription prescription = requireVisible(id, caller);
        inspectors.requireInspectorOf(prescription.getSchool(), caller);
        prescription.reject(rejection.reason(), caller.username(), Instant.now());
        return changed(prescription, caller);
    }

    @PermitAll
    public List<PrescriptionView> ofInspection(Inspection inspection) {
        LocalDate today = today();
        return em.createQuery("select p from Prescription p where p.inspection = :inspection order by p.id",
                        Prescription.class)
                .setParameter("inspection", inspection)
                .getResultList().stream().map(p -> viewOf(p, today)).toList();
    }

    /**
     * The prescriptions not yet closed of the school, one per item: where earlier inspections issued several for one
     * item, the oldest, which the later ones repeat.
     */
    @PermitAll
    public Map<ChecklistItem, Prescription> openByItem(long schoolId) {
        Map<ChecklistItem, Prescription> open = new EnumMap<>(ChecklistItem.class);
        em.createQuery("""
                        select p from Prescription p where p.school.id = :school and p.status <> :closed
                        order by p.id""", Prescription.class)
                .setParameter("school", schoolId)
                .setParameter("closed", PrescriptionStatus.CLOSED)
                .getResultList().stream().forEach(p -> open.putIfAbsent(p.getItem(), p));
        return open;
    }

    /** The prescriptions of earlier inspections that the defects found again by this one stand on. */
    @PermitAll
    public List<PrescriptionView> linkedBy(Inspection inspection) {
        LocalDate today = today();
        return inspection.getFindings().stream().filter(f -> f.getFinding().needsRemedy())
                .map(InspectionFinding::getLinkedPrescriptionId).filter(Objects::nonNull).distinct()
                .map(id -> em.find(Prescription.class, id)).filter(Objects::nonNull)
                .map(p -> viewOf(p, today)).toList();
    }

    @PermitAll
    public PrescriptionView viewOf(Prescription prescription, LocalDate today) {
        return PrescriptionView.of(prescription, today, evidenceOf(prescription));
    }

    private PrescriptionView changed(Prescription prescription, Caller caller) {
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, prescription.getId(), prescription.getSchool().getId());
        return viewOf(prescription, today());
    }

    /** Described without their content, which only a download reads. */
    private List<EvidenceView> evidenceOf(Prescription prescription) {
        return em.createQuery("""
                        select e.id, e.fileName, e.mediaType, e.sizeBytes, e.uploadedBy, e.uploadedAt
                        from PrescriptionEvidence e where e.prescription = :prescription order by e.id""",
                        Object[].class)
                .setParameter("prescription", prescription)
                .getResultList().stream()
                .map(row -> new EvidenceView((Long) row[0], (String) row[1], ((EvidenceType) row[2]).mediaType(),
                        (Integer) row[3], (String) row[4], (Instant) row[5]))
                .toList();
    }

    private Prescription requireVisible(long id, Caller caller) {
        return JurisdictionQuery.findWithin(em, Prescription.class, "school", id, caller.jurisdiction())
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
