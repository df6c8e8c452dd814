package kz.qorgau.incidents.boundary;

import java.net.URI;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.incidents.control.IncidentDetails;
import kz.qorgau.incidents.control.IncidentService;
import kz.qorgau.incidents.control.NewIncident;
import kz.qorgau.security.Caller;

/** Incidents in full, with every student who took part. */
@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentsResource {

    @EJB
    IncidentService incidents;

    @Inject
    Caller caller;

    @POST
    public Response report(NewIncident report) {
        IncidentDetails incident = incidents.report(report, caller).record();
        return Response.created(URI.create("incidents/" + incident.id())).entity(incident).build();
    }

    @GET
    @Path("{id}")
    public IncidentDetails read(@PathParam("id") long id) {
        return incidents.read(id, caller);
    }
}
