package kz.qorgau.notifications.control;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.notifications.entity.NotificationKind;
import kz.qorgau.people.control.Contact;
import kz.qorgau.people.control.People;
import kz.qorgau.referrals.control.ReferralNoticed;

/**
 * A referral answered tells the worker who referred the child; a referral without the guardian's consent tells the
 * worker's supervisors of the school (the feed reaches only those whose jurisdiction covers it). Nobody is told of
 * what they recorded themselves. The notification is about the case: its mail carries the case's number and link.
 */
@Stateless
@PermitAll
public class ReferralNotifications {

    @PersistenceContext
    EntityManager em;

    @EJB
    People people;

    @EJB
    NotificationFeed feed;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notifyOf(ReferralNoticed event) {
        List<Contact> candidates = switch (event.what()) {
            case ANSWERED -> people.contacts(List.of(event.referredBy()));
            case REFERRED_WITHOUT_CONSENT -> people.withRole(event.supervisorRole());
        };
        List<Contact> others = candidates.stream().filter(c -> !c.username().equals(event.actor())).toList();
        if (others.isEmpty()) {
            return;
        }
        NotificationKind kind = switch (event.what()) {
            case ANSWERED -> NotificationKind.REFERRAL_ANSWERED;
            case REFERRED_WITHOUT_CONSENT -> NotificationKind.REFERRED_WITHOUT_CONSENT;
        };
        EarlyWarningCase c = em.find(EarlyWarningCase.class, event.caseId());
        feed.notify(others, kind, event.caseId(), c.getStudent().getSchool(), null, event.at());
    }
}
