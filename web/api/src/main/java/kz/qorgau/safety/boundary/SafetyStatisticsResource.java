package kz.qorgau.safety.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.platform.boundary.QueryParams;
import kz.qorgau.safety.control.SafetyReport;
import kz.qorgau.safety.control.SafetyStatistics;
import kz.qorgau.security.Caller;

/**
 * The school safety figures of the caller's schools: per school, profile compliance, inspections of the period,
 * open and overdue prescriptions, and incidents on school grounds while a defect was open.
 */
@Path("safety/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SafetyStatisticsResource {

    @Inject
    Clock clock;

    @EJB
    SafetyStatistics statistics;

    @Inject
    Caller caller;

    /** By default the report's day is today and the period the year up to it. */
    @GET
    public SafetyReport report(@QueryParam("on") String on, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        LocalDate day = Objects.requireNonNullElse(QueryParams.optionalDate("on", on),
                LocalDate.now(clock));
        LocalDate last = Objects.requireNonNullElse(QueryParams.optionalDate("to", to), day);
        LocalDate first = Objects.requireNonNullElse(QueryParams.optionalDate("from", from), last.minusYears(1));
        return statistics.report(caller, day, first, last);
    }
}
