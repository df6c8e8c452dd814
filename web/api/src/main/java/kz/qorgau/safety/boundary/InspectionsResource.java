package kz.qorgau.safety.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.safety.control.InspectionView;
import kz.qorgau.safety.control.Inspections;
import kz.qorgau.security.Caller;

/** One school safety inspection, with its findings and prescriptions. */
@Path("inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InspectionsResource {

    @EJB
    Inspections inspections;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    public InspectionView read(@PathParam("id") long id) {
        return inspections.read(id, caller);
    }
}
