package kz.qorgau.notifications.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.cases.control.CaseEventRecorded;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.EscalationTarget;
import kz.qorgau.notifications.entity.NotificationKind;
import kz.qorgau.people.control.Contact;
import kz.qorgau.people.control.People;

/**
 * A case assigned to someone, or escalated to a school's administration, the coordinators or the ombudsmen, notifies
 * those people; a request for approval notifies the supervisors of its role, and their answer the worker who asked;
 * each in a transaction of its own after the recording committed ({@link CaseEventListener}).
 */
@Stateless
@PermitAll
public class CaseNotifications {

    @PersistenceContext
    EntityManager em;

    @EJB
    People people;

    @EJB
    NotificationFeed feed;

    /** The events someone must act on; the others of a case notify no one. */
    static final Set<CaseEventType> NOTIFYING = EnumSet.of(CaseEventType.ASSIGNED, CaseEventType.REASSIGNED,
            CaseEventType.ESCALATED, CaseEventType.APPROVAL_REQUESTED, CaseEventType.APPROVED,
            CaseEventType.SENT_BACK);

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notifyOf(CaseEventRecorded event) {
        switch (event.type()) {
            case ASSIGNED -> notify(event, NotificationKind.CASE_ASSIGNED,
                    people.contacts(List.of(event.args().get(0))));
            case REASSIGNED -> notify(event, NotificationKind.CASE_ASSIGNED,
                    people.contacts(List.of(event.args().get(2))));
            case ESCALATED -> notify(event, NotificationKind.ESCALATED,
                    people.withRole(roleOf(EscalationTarget.valueOf(event.args().get(1)))));
            case APPROVAL_REQUESTED -> notify(event, NotificationKind.APPROVAL_WAITING,
                    people.withRole(supervisorRoleOfLatestRequest(event.caseId())));
            case APPROVED, SENT_BACK -> notify(event, NotificationKind.APPROVAL_ANSWERED,
                    people.contacts(List.of(event.args().get(1))));
            default -> throw new IllegalArgumentException("no notification for " + event.type());
        }
    }

    private void notify(CaseEventRecorded event, NotificationKind kind, List<Contact> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        EarlyWarningCase c = em.find(EarlyWarningCase.class, event.caseId());
        feed.notify(candidates, kind, event.caseId(), c.getStudent().getSchool(), null, event.at());
    }

    /** The event names what was asked, not of whom: the request recorded with it is the case's latest. */
    private String supervisorRoleOfLatestRequest(long caseId) {
        return em.createQuery("""
                        select r.supervisorRole from ApprovalRequest r where r.earlyWarningCase.id = :caseId
                        order by r.requestedAt desc, r.id desc""", String.class)
                .setParameter("caseId", caseId)
                .setMaxResults(1)
                .getSingleResult();
    }

    private static String roleOf(EscalationTarget target) {
        return switch (target) {
            case SCHOOL_ADMIN -> SCHOOL_ADMIN;
            case COORDINATOR -> COORDINATOR;
            case OMBUDSMAN -> OMBUDSMAN;
        };
    }
}
