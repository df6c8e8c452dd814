package kz.qorgau.duplicates.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.duplicates.control.DuplicateScan;
import kz.qorgau.duplicates.control.NightlyDuplicateSearch;

/**
 * Runs the nightly search for look-alike files now, as the timer does at 03:15: for operators after an import of many
 * files. Running it twice adds nothing.
 */
@Path("duplicate-checks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateChecksResource {

    @EJB
    NightlyDuplicateSearch search;

    /** @param regionId the region to search, or every region when absent (a country takes minutes) */
    @POST
    public DuplicateScan run(@QueryParam("regionId") Long regionId) {
        return search.run(regionId);
    }
}
