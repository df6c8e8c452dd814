package kz.qorgau.assignment.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.cases.control.CaseTimeline;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.people.control.People;
import kz.qorgau.schools.entity.StaffDesignation;

/**
 * Puts a case in front of the people its reasons need: for each role, the person the student's school designated,
 * and among several the one with the fewest open cases. A role nobody is designated for stays open (its
 * escalation is rule EW-12). Internal ({@code @PermitAll}): called by the rules' case updates and by the transfer of a
 * student.
 */
@Stateless
@PermitAll
public class Assignment {

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseTimeline timeline;

    public void staff(EarlyWarningCase theCase, Set<StaffRole> roles, Instant now) {
        staff(theCase, roles, now, round(List.of(theCase.getStudent().getSchool().getId())));
    }

    public void staff(EarlyWarningCase theCase, Set<StaffRole> roles, Instant now, StaffRound round) {
        long schoolId = theCase.getStudent().getSchool().getId();
        for (StaffRole role : roles) {
            if (theCase.hasAssigneeFor(role)) {
                continue;
            }
            round.next(schoolId, role).ifPresent(username -> {
                theCase.assign(username, role, now);
                timeline.record(theCase, CaseEventType.ASSIGNED, People.SYSTEM, now, username, role.name());
            });
        }
    }

    /** The designations of these schools and the open cases of the people designated, in two queries. */
    public StaffRound round(Collection<Long> schoolIds) {
        Map<String, List<String>> designated = new HashMap<>();
        em.createQuery("""
                        select d from StaffDesignation d where d.school.id in :schools
                        order by d.username""", StaffDesignation.class)
                .setParameter("schools", schoolIds)
                .getResultList().stream()
                .forEach(d -> designated.computeIfAbsent(StaffRound.key(d.getSchool().getId(), d.getRole()),
                        k -> new ArrayList<>()).add(d.getUsername()));
        Set<String> usernames = new HashSet<>();
        designated.values().forEach(usernames::addAll);
        Map<String, Long> openCases = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery("""
                            select a.username, count(distinct a.earlyWarningCase) from CaseAssignment a
                            where a.username in :usernames and a.earlyWarningCase.status <> :closed
                            group by a.username""", Object[].class)
                    .setParameter("usernames", usernames)
                    .setParameter("closed", CaseStatus.CLOSED)
                    .getResultList().stream()
                    .forEach(r -> openCases.put((String) r[0], (Long) r[1]));
        }
        return new StaffRound(designated, openCases);
    }

    /** After a transfer: the receiving school's staff take over every role the case had assigned. */
    public void handOver(EarlyWarningCase theCase, Instant now) {
        Set<StaffRole> roles = theCase.releaseAssignees();
        em.flush();
        staff(theCase, roles, now);
    }
}
