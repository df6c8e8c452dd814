package kz.qorgau.assignment.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.cases.control.CaseTimeline;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.StaffDesignation;

/**
 * Puts a case in front of the people its reasons need: for each role, the person the student's school designated,
 * and among several the one with the fewest open cases. A role nobody is designated for stays open (its
 * escalation is rule EW-12).
 */
@Stateless
public class Assignment {

    @PersistenceContext
    EntityManager em;

    @EJB
    Schools schools;

    @EJB
    CaseTimeline timeline;

    public void staff(EarlyWarningCase theCase, Set<StaffRole> roles, Instant now) {
        long schoolId = theCase.getStudent().getSchool().getId();
        for (StaffRole role : roles) {
            if (theCase.hasAssigneeFor(role)) {
                continue;
            }
            schools.designated(schoolId, role).stream()
                    .map(StaffDesignation::getUsername)
                    .min(Comparator.comparingLong(this::openCasesOf))
                    .ifPresent(username -> {
                        theCase.assign(username, role, now);
                        timeline.record(theCase, CaseEventType.ASSIGNED, CaseTimeline.SYSTEM, now, username,
                                role.name());
                    });
        }
    }

    /** After a transfer: the receiving school's staff take over every role the case had assigned. */
    public void handOver(EarlyWarningCase theCase, Instant now) {
        Set<StaffRole> roles = theCase.releaseAssignees();
        em.flush();
        staff(theCase, roles, now);
    }

    long openCasesOf(String username) {
        return em.createQuery("""
                        select count(distinct a.earlyWarningCase) from CaseAssignment a
                        where a.username = :username and a.earlyWarningCase.status <> :closed""", Long.class)
                .setParameter("username", username)
                .setParameter("closed", CaseStatus.CLOSED)
                .getSingleResult();
    }
}
