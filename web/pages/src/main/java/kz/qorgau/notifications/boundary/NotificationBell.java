package kz.qorgau.notifications.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.notifications.control.Notifications;
import kz.qorgau.security.Caller;

/**
 * The unread count in the header of every page, read once per request when the header is rendered: nothing else
 * asks for it, so that a notification marked read in the same request is already counted out.
 */
@Named("bell")
@RequestScoped
public class NotificationBell {

    @EJB
    Notifications notifications;

    @Inject
    Caller caller;

    private Long unread;

    /** Someone signed in without any role of the system has no notifications, and every page still opens for them. */
    public long getUnread() {
        if (unread == null) {
            try {
                unread = notifications.unread(caller);
            } catch (EJBAccessException e) {
                unread = 0L;
            }
        }
        return unread;
    }
}
