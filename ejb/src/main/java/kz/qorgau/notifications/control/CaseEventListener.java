package kz.qorgau.notifications.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import kz.qorgau.cases.control.CaseEventRecorded;

/**
 * Hears the cases' events once the recording committed. A notification that cannot be written is logged and lost: it
 * never undoes nor delays what was recorded. Only the events that notify someone cost a transaction.
 */
@ApplicationScoped
public class CaseEventListener {

    private static final Logger LOG = Logger.getLogger(CaseEventListener.class.getName());

    @EJB
    CaseNotifications notifications;

    void onCaseEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseEventRecorded event) {
        if (!CaseNotifications.NOTIFYING.contains(event.type())) {
            return;
        }
        try {
            notifications.notifyOf(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "no notification for case " + event.caseId() + " (" + event.type() + ")", e);
        }
    }
}
