package kz.qorgau.incidents.control;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.earlywarning.control.StudentEvaluation;
import kz.qorgau.incidents.entity.Incident;
import kz.qorgau.incidents.entity.Participant;
import kz.qorgau.security.Caller;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Student;

/** Incidents reported about a student, each evaluated by the rules at once. */
@Stateless
public class IncidentService {

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    StudentEvaluation evaluation;

    @EJB
    AuditTrail audit;

    public IncidentView report(long studentId, @NotNull(message = "{request.body.required}") @Valid IncidentReport report,
                               Caller caller) {
        Student student = students.requireVisible(studentId, caller);
        Incident incident = new Incident(report.date(), report.type(),
                List.of(new Participant(student.getId(), report.role())), caller.username());
        em.persist(incident);
        em.flush();
        audit.record(caller, AuditAction.CREATE, "incident", incident.getId(), student.getSchool());
        evaluation.evaluate(student);
        return new IncidentView(incident.getId(), student.getId(), report.date(), report.type(), report.role(),
                caller.username());
    }

    public List<IncidentView> listFor(long studentId, Caller caller) {
        Student student = students.requireReadable(studentId, caller);
        audit.record(caller, AuditAction.READ, "student-incidents", studentId, student.getSchool());
        return em.createQuery("""
                        select new kz.qorgau.incidents.control.IncidentView(i.id, p.studentId, i.occurredOn, i.type,
                               p.role, i.recordedBy)
                        from Incident i join i.participants p
                        where p.studentId = :student
                        order by i.occurredOn desc, i.id desc""", IncidentView.class)
                .setParameter("student", student.getId())
                .getResultList();
    }
}
