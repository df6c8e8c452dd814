package kz.qorgau.cases.control;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.cases.entity.CaseEscalation;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.EscalationTarget;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.people.control.People;

/**
 * Cases put in front of the school's administration, the coordinator or the ombudsman by a rule. Internal
 * ({@code @PermitAll}): called by the rules' case updates, the deadline timer and the inbox.
 */
@Stateless
@PermitAll
public class CaseEscalations {

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseTimeline timeline;

    /**
     * Escalates a case once per episode, rule and target, on its timeline too.
     *
     * @return whether this was new; escalating again adds nothing
     */
    public boolean escalate(EarlyWarningCase c, String ruleId, EscalationTarget target, Set<StaffRole> missing,
                            Instant now) {
        return escalate(c, ruleId, EnumSet.of(target), missing, now);
    }

    /**
     * Escalates a case once per episode, rule and target, and names on its timeline, once per episode, each role
     * nobody at the school is designated for. A role found missing later is added to the escalations made.
     *
     * @return whether any escalation was new
     */
    public boolean escalate(EarlyWarningCase c, String ruleId, Set<EscalationTarget> targets, Set<StaffRole> missing,
                            Instant now) {
        List<CaseEscalation> episode = em.createQuery("""
                        select e from CaseEscalation e
                        where e.earlyWarningCase = :case and e.escalatedAt >= :episode""", CaseEscalation.class)
                .setParameter("case", c)
                .setParameter("episode", c.getEpisodeStartedAt())
                .getResultList();
        Set<StaffRole> named = EnumSet.noneOf(StaffRole.class);
        episode.forEach(e -> named.addAll(e.getMissingRoles()));
        boolean added = false;
        for (EscalationTarget target : targets) {
            Optional<CaseEscalation> known = episode.stream()
                    .filter(e -> e.getRuleId().equals(ruleId) && e.getTarget() == target).findFirst();
            if (known.isPresent()) {
                known.get().addMissing(missing);
            } else {
                em.persist(new CaseEscalation(c, ruleId, target, missing, now));
                timeline.record(c, CaseEventType.ESCALATED, People.SYSTEM, now, ruleId, target.name());
                added = true;
            }
        }
        missing.stream().filter(role -> !named.contains(role))
                .forEach(role -> timeline.record(c, CaseEventType.STAFF_MISSING, People.SYSTEM, now, role.name()));
        return added;
    }

    /** The escalations of the given cases, by case id, oldest first. */
    public Map<Long, List<EscalationView>> of(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select e from CaseEscalation e
                        where e.earlyWarningCase.id in :cases
                        order by e.escalatedAt, e.id""", CaseEscalation.class)
                .setParameter("cases", caseIds)
                .getResultList().stream()
                .collect(Collectors.groupingBy(CaseEscalation::getCaseId,
                        Collectors.mapping(EscalationView::of, Collectors.toList())));
    }
}
