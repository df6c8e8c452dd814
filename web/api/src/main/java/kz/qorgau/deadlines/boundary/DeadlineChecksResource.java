package kz.qorgau.deadlines.boundary;

import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.deadlines.control.DeadlineCheck;
import kz.qorgau.deadlines.control.FirstContactDeadlines;

/**
 * Runs the first-contact deadline check (EW-10) now, as the timer does every five minutes: for operators after
 * downtime. Running it twice adds nothing.
 */
@Path("deadline-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineChecksResource {

    @EJB
    FirstContactDeadlines deadlines;

    @POST
    public DeadlineCheck run() {
        return deadlines.check(Instant.now());
    }
}
