package kz.qorgau.notifications.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import kz.qorgau.referrals.control.ReferralNoticed;

/**
 * Hears the referrals once the recording committed; as with the cases' events, a notification that cannot be written
 * is logged and lost, never undoing what was recorded.
 */
@ApplicationScoped
public class ReferralListener {

    private static final Logger LOG = Logger.getLogger(ReferralListener.class.getName());

    @EJB
    ReferralNotifications notifications;

    void onReferral(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferralNoticed event) {
        try {
            notifications.notifyOf(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no notification for referral " + event.referralId() + " (" + event.what() + ")",
                    e);
        }
    }
}
