package kz.qorgau.concealment.control;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.earlywarning.rules.ConcealmentFlag;
import kz.qorgau.earlywarning.rules.FlagWithdrawal;
import kz.qorgau.people.control.People;

/**
 * Raises and withdraws flags as the rules find, each with its step in the flag's history, in one statement each.
 * Internal ({@code @PermitAll}): called by the rules' case updates.
 */
@Stateless
@PermitAll
public class ConcealmentFlags {

    @PersistenceContext
    EntityManager em;

    /** Two evaluations of the same child at once may both find the flag new; the second adds nothing. */
    public void raise(ConcealmentFlag flag, Instant now) {
        em.createNativeQuery("""
                        with raised as (
                            insert into concealment_flag (id, student_id, school_id, incident_id, rule_id, raised_at,
                                                          status, status_at, status_by)
                            values (nextval('concealment_flag_id_seq'), ?1, ?2, ?3, ?4, ?5, 'OPEN', ?5, ?6)
                            on conflict (student_id, incident_id) do nothing
                            returning id)
                        insert into concealment_flag_event (flag_id, status, happened_at, username)
                        select id, 'OPEN', ?5, ?6 from raised""")
                .setParameter(1, flag.studentId())
                .setParameter(2, flag.schoolId())
                .setParameter(3, flag.incidentId())
                .setParameter(4, flag.ruleId())
                .setParameter(5, Timestamp.from(now))
                .setParameter(6, People.SYSTEM)
                .executeUpdate();
    }

    /** Withdraws the flag if it is still open; one a person decided meanwhile stays as they decided it. */
    public void withdraw(FlagWithdrawal withdrawal, Instant now) {
        em.createNativeQuery("""
                        with withdrawn as (
                            update concealment_flag
                            set status = 'WITHDRAWN', status_at = ?1, status_by = ?2, version = version + 1
                            where student_id = ?3 and incident_id = ?4 and status = 'OPEN'
                            returning id)
                        insert into concealment_flag_event (flag_id, status, happened_at, username, school_incident_id)
                        select id, 'WITHDRAWN', ?1, ?2, ?5 from withdrawn""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, People.SYSTEM)
                .setParameter(3, withdrawal.studentId())
                .setParameter(4, withdrawal.incidentId())
                .setParameter(5, withdrawal.schoolIncidentId())
                .executeUpdate();
    }
}
