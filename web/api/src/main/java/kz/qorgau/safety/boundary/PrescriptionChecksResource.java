package kz.qorgau.safety.boundary;

import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.safety.control.PrescriptionCheck;
import kz.qorgau.safety.control.PrescriptionDeadlines;

/**
 * Runs the prescription deadline check now, as the timer does every five minutes: for operators after downtime.
 * Running it twice escalates nothing twice.
 */
@Path("prescription-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PrescriptionChecksResource {

    @EJB
    PrescriptionDeadlines deadlines;

    @POST
    public PrescriptionCheck run() {
        return deadlines.check(Instant.now());
    }
}
