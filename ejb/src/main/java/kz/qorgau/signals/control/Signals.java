package kz.qorgau.signals.control;

import java.util.Collection;
import java.util.List;
import java.util.function.ToLongFunction;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.cases.control.CaseEffect;
import kz.qorgau.security.Caller;
import kz.qorgau.students.entity.Student;

/**
 * The one way a signal about a child enters Qorgau: written, flushed so the rules can read it, put in the audit
 * trail for each school concerned, and announced ({@link SignalsRecorded}) so that the rules weigh the children in
 * the same transaction. Internal ({@code @PermitAll}): the services that record signals declare who may.
 */
@Stateless
@PermitAll
public class Signals {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Event<SignalsRecorded> announcements;

    /** Records a signal about these students and tells what the rules did to each one's case. */
    public <T> List<CaseEffect> record(T signal, ToLongFunction<T> id, String recordType, Collection<Student> about,
                                       Caller caller) {
        em.persist(signal);
        em.flush();
        long recordId = id.applyAsLong(signal);
        about.stream().map(s -> s.getSchool().getId()).distinct()
                .forEach(school -> audit.record(caller, AuditAction.CREATE, recordType, recordId, school));
        SignalsRecorded recorded = SignalsRecorded.about(about);
        announcements.fire(recorded);
        return recorded.effects();
    }

    /** Announces signals already written about many students, such as the rows of an imported file. */
    public void announce(Collection<Long> studentIds) {
        em.flush();
        announcements.fire(SignalsRecorded.aboutStudentIds(studentIds));
    }
}
