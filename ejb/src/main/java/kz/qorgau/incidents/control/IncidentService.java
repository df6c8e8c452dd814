package kz.qorgau.incidents.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.control.CaseEffect;
import kz.qorgau.cases.control.Weighed;
import kz.qorgau.incidents.entity.Incident;
import kz.qorgau.incidents.entity.Participant;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.safety.control.SchoolSafetyAt;
import kz.qorgau.safety.control.SchoolSafetySnapshot;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.signals.control.Signals;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/** Incidents reported about students, each participant evaluated by the rules at once. */
@Stateless
public class IncidentService {

    private static final String RECORD_TYPE = "incident";

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    Signals signals;

    @EJB
    AuditTrail audit;

    @EJB
    SchoolSafetyAt safety;

    /** The minimal form: one student, the school as source, moderate severity. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR})
    public IncidentView report(long studentId, @NotNull(message = "{request.body.required}") @Valid IncidentReport report,
                               Caller caller) {
        return record(students.requireWritable(studentId, caller), report, caller);
    }

    /**
     * The minimal form for a student the calling bean already found within the caller's jurisdiction: the trust
     * line's triage, whose operators may not report incidents themselves. {@code @PermitAll}: the triage declares who
     * may.
     */
    @PermitAll
    public IncidentView record(Student student, @NotNull(message = "{request.body.required}") @Valid IncidentReport report,
                               Caller caller) {
        Incident incident = new Incident(report.asIncidentOf(student.getId()), caller.username());
        signals.record(incident, Incident::getId, RECORD_TYPE, List.of(student), caller);
        return view(incident, incident.getParticipants().get(0));
    }

    /**
     * An incident in full. Every participant must be a student the caller may see (else 404 naming the student,
     * as if the file did not exist); every participant is then weighed by the rules in this same transaction.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN})
    public Weighed<IncidentDetails> report(@NotNull(message = "{request.body.required}") @Valid NewIncident report,
                                  Caller caller) {
        List<Student> participants = new ArrayList<>();
        for (NewParticipant p : report.participants()) {
            participants.add(requireVisibleParticipant(p.studentId(), caller));
        }
        Incident incident = new Incident(report, caller.username());
        List<CaseEffect> effects = signals.record(incident, Incident::getId, RECORD_TYPE, participants, caller);
        return new Weighed<>(details(incident, participants), effects);
    }

    /** An incident is visible to whoever may see one of its participants, and shows only those participants. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public IncidentDetails read(long id, Caller caller) {
        List<Student> visible = JurisdictionQuery.create(em, """
                        select s from Student s join fetch s.school sc join fetch sc.district d
                        where s.id in (select p.studentId from Incident i join i.participants p where i.id = :id)
                          and %s""".formatted(JurisdictionQuery.SCHOOL_WITHIN), Student.class, caller.jurisdiction())
                .setParameter("id", id)
                .getResultList();
        if (visible.isEmpty()) {
            throw new RecordNotFound(RECORD_TYPE, String.valueOf(id));
        }
        Incident incident = em.find(Incident.class, id);
        for (School school : schoolsOf(visible)) {
            audit.record(caller, AuditAction.READ, RECORD_TYPE, id, school.getId());
        }
        return details(incident, visible);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<IncidentView> listFor(long studentId, int page, int size, Caller caller) {
        Student student = students.requireReadable(studentId, caller);
        audit.record(caller, AuditAction.READ, "student-incidents", studentId, student.getSchool().getId());
        return em.createQuery("""
                        select new kz.qorgau.incidents.control.IncidentView(i.id, p.studentId, i.occurredOn, i.type,
                               p.role, i.recordedBy, i.timeOfDay, i.onSchoolGrounds, i.location, i.severity, i.source,
                               i.description)
                        from Incident i join i.participants p
                        where p.studentId = :student
                        order by i.occurredOn desc, i.id desc""", IncidentView.class)
                .setParameter("student", student.getId())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    private Student requireVisibleParticipant(Long studentId, Caller caller) {
        return students.findVisible(studentId, caller)
                .orElseThrow(() -> new RecordNotFound("student", String.valueOf(studentId))).requireNotMerged();
    }

    private static Set<School> schoolsOf(List<Student> participants) {
        Set<School> schools = new LinkedHashSet<>();
        participants.forEach(s -> schools.add(s.getSchool()));
        return schools;
    }

    private IncidentDetails details(Incident incident, List<Student> visible) {
        List<IncidentDetails.VisibleParticipant> shown = incident.getParticipants().stream()
                .flatMap(p -> visible.stream().filter(s -> s.getId().equals(p.getStudentId()))
                        .map(s -> new IncidentDetails.VisibleParticipant(s.getId(), s.getName().lastName(),
                                s.getName().firstName(), p.getRole())))
                .toList();
        return IncidentDetails.of(incident, shown, safetyAt(incident, visible));
    }

    /**
     * On school grounds, the safety profile and open prescriptions of the participants' schools at the time of
     * the incident; a time left out stands for the end of its day.
     */
    private List<SchoolSafetySnapshot> safetyAt(Incident incident, List<Student> visible) {
        if (!Boolean.TRUE.equals(incident.getOnSchoolGrounds())) {
            return List.of();
        }
        LocalTime time = incident.getTimeOfDay() == null ? LocalTime.MAX : incident.getTimeOfDay();
        Instant moment = incident.getOccurredOn().atTime(time).atZone(Kazakhstan.TIME_ZONE).toInstant();
        return safety.at(schoolsOf(visible).stream().map(School::getId).toList(), moment);
    }

    private static IncidentView view(Incident i, Participant p) {
        return new IncidentView(i.getId(), p.getStudentId(), i.getOccurredOn(), i.getType(), p.getRole(),
                i.getRecordedBy(), i.getTimeOfDay(), i.getOnSchoolGrounds(), i.getLocation(), i.getSeverity(),
                i.getSource(), i.getDescription());
    }
}
