package kz.qorgau.hotline.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.HOTLINE_OPERATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.control.OpenCases;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.hotline.entity.HotlineReport;
import kz.qorgau.hotline.entity.ReportStatus;
import kz.qorgau.incidents.control.IncidentReport;
import kz.qorgau.incidents.control.IncidentService;
import kz.qorgau.incidents.control.IncidentView;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/**
 * The trust line: intake of anonymous reports and their one triage, each step audited. Triage into an incident
 * goes through {@link IncidentService}, so the rules weigh the new incident at once like any other.
 */
@Stateless
public class HotlineService {

    static final String RECORD_TYPE = "hotline-report";

    @PersistenceContext
    EntityManager em;

    @EJB
    Schools schools;

    @EJB
    StudentService students;

    @EJB
    IncidentService incidents;

    @EJB
    OpenCases openCases;

    @EJB
    AuditTrail audit;

    @RolesAllowed({ADMIN, HOTLINE_OPERATOR})
    public ReportView take(@NotNull(message = "{request.body.required}") @Valid NewReport request, Caller caller) {
        School school = request.schoolId() == null ? null : schools.requireVisible(request.schoolId(), caller);
        Student student = request.studentId() == null ? null : students.requireWritable(request.studentId(), caller);
        Region region = regionOf(request, school != null ? school : student == null ? null : student.getSchool(),
                caller);
        HotlineReport report = new HotlineReport(
                request.receivedAt() == null ? Instant.now() : request.receivedAt(), request.channel(),
                request.callerKind(), request.summary(), request.concern(), request.urgency(), region, school, student,
                caller.username());
        em.persist(report);
        em.flush();
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, report.getId(), schoolIdOf(report));
        return ReportView.of(report);
    }

    /** Reports of the caller's jurisdiction, newest first; each listing is recorded with its row count. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public List<ReportView> list(ReportStatus status, int page, int size, Caller caller) {
        List<ReportView> found = JurisdictionQuery.create(em, """
                        select r from HotlineReport r left join r.school sc left join sc.district d
                        where (:national = true or ids_include(:schools, sc.id) or ids_include(:districts, d.id)
                               or ids_include(:regions, r.region.id))
                          and (:status is null or r.status = :status)
                        order by r.receivedAt desc, r.id desc""", HotlineReport.class, caller.jurisdiction())
                .setParameter("status", status)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream()
                .map(ReportView::of)
                .toList();
        audit.recordList(caller, "hotline-reports", found.size());
        return found;
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public ReportView read(long id, Caller caller) {
        HotlineReport report = requireVisible(id, caller);
        audit.record(caller, AuditAction.READ, RECORD_TYPE, id, schoolIdOf(report));
        return ReportView.of(report);
    }

    @RolesAllowed({ADMIN, HOTLINE_OPERATOR})
    public ReportView triageToIncident(long id,
                                       @NotNull(message = "{request.body.required}") @Valid IncidentTriage triage,
                                       Caller caller) {
        HotlineReport report = requireForTriage(id, caller);
        report.requireUntriaged();
        Student student = students.requireWritable(triage.studentId(), caller);
        IncidentView incident = incidents.record(student,
                new IncidentReport(triage.date(), report.getConcern(), triage.role(), IncidentSource.HOTLINE), caller);
        report.triageToIncident(student, incident.id(), caller.username(), Instant.now());
        return triaged(report, caller);
    }

    @RolesAllowed({ADMIN, HOTLINE_OPERATOR})
    public ReportView triageToCase(long id, @NotNull(message = "{request.body.required}") @Valid CaseTriage triage,
                                   Caller caller) {
        HotlineReport report = requireForTriage(id, caller);
        Student student = students.requireWritable(triage.studentId(), caller);
        Long caseId = openCases.of(student).map(EarlyWarningCase::getId).orElse(null);
        report.triageToCase(student, caseId, caller.username(), Instant.now());
        return triaged(report, caller);
    }

    @RolesAllowed({ADMIN, HOTLINE_OPERATOR})
    public ReportView close(long id, @NotNull(message = "{request.body.required}") @Valid Closure closure,
                            Caller caller) {
        HotlineReport report = requireForTriage(id, caller);
        report.close(closure.reason(), caller.username(), Instant.now());
        return triaged(report, caller);
    }

    private ReportView triaged(HotlineReport report, Caller caller) {
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, report.getId(), schoolIdOf(report));
        return ReportView.of(report);
    }

    /** The report, locked: of two operators triaging it at once, the second waits and then finds it triaged. */
    private HotlineReport requireForTriage(long id, Caller caller) {
        HotlineReport report = requireVisible(id, caller);
        em.refresh(report, LockModeType.PESSIMISTIC_WRITE);
        return report;
    }

    /**
     * Found and scoped in one query, as {@link HotlineReport#isWithin} scopes it (by its school once known, else by
     * its region): a report outside the jurisdiction is refused as fast as a missing one.
     */
    private HotlineReport requireVisible(long id, Caller caller) {
        return JurisdictionQuery.create(em, """
                        select r from HotlineReport r left join fetch r.school sc left join fetch sc.district d
                        where r.id = :id
                          and ((sc is not null and %s)
                               or (sc is null and (:national = true or ids_include(:regions, r.region.id))))
                        """.formatted(JurisdictionQuery.SCHOOL_WITHIN), HotlineReport.class, caller.jurisdiction())
                .setParameter("id", id)
                .getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound(RECORD_TYPE, id));
    }

    /** The region named, else that of the child's school when known, else the operator's own. */
    private Region regionOf(NewReport request, School known, Caller caller) {
        if (request.regionId() != null) {
            return requireRegion(request.regionId(), caller);
        }
        return known != null ? known.getDistrict().getRegion() : onlyRegionOf(caller);
    }

    private Region requireRegion(long regionId, Caller caller) {
        Jurisdiction jurisdiction = caller.jurisdiction();
        return Optional.ofNullable(em.find(Region.class, regionId))
                .filter(r -> jurisdiction.national() || jurisdiction.regionIds().contains(r.getId()))
                .orElseThrow(() -> new RecordNotFound("region", regionId));
    }

    /** An operator serves the line of one region; a caller over several regions, or the nation, must name one. */
    private Region onlyRegionOf(Caller caller) {
        if (caller.jurisdiction().regionIds().size() != 1) {
            throw new InvalidInput("hotline.region.required");
        }
        return requireRegion(caller.jurisdiction().regionIds().iterator().next(), caller);
    }

    /** A call may concern a region without naming a school; then only the region's supervisors read its audit. */
    private static Long schoolIdOf(HotlineReport report) {
        return report.getSchool() == null ? null : report.getSchool().getId();
    }
}
