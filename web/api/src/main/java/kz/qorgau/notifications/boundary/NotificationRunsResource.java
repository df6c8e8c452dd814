package kz.qorgau.notifications.boundary;

import java.time.Clock;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.notifications.control.Digests;
import kz.qorgau.notifications.control.MailSender;
import kz.qorgau.notifications.control.ReminderRun;
import kz.qorgau.notifications.control.Reminders;

/**
 * Runs now what the timers run (the reminders every five minutes, the digest each morning, the outbox every ten
 * seconds): for operators after downtime or a mail outage. Running them twice sends nothing twice.
 */
@Path("notification-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationRunsResource {

    @EJB
    Reminders reminders;

    @EJB
    Digests digests;

    @EJB
    MailSender sender;

    @Inject
    Clock clock;

    @POST
    @Path("reminders")
    public ReminderRun remind() {
        return reminders.remind(clock.instant());
    }

    @POST
    @Path("digests")
    public Map<String, Integer> digest() {
        return Map.of("digests", digests.send(clock.instant()));
    }

    @POST
    @Path("outbox")
    public Map<String, Integer> send() {
        return Map.of("sent", sender.sendDue(clock.instant()));
    }
}
