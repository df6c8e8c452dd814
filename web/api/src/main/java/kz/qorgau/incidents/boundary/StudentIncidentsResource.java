package kz.qorgau.incidents.boundary;

import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.incidents.control.IncidentReport;
import kz.qorgau.incidents.control.IncidentService;
import kz.qorgau.incidents.control.IncidentView;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/** The incidents a student was part of, as the school reports them about that one student. */
@Path("students/{id}/incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentIncidentsResource {

    @EJB
    IncidentService incidents;

    @Inject
    Caller caller;

    @POST
    public Response report(@PathParam("id") long id, IncidentReport report) {
        IncidentView incident = incidents.report(id, report, caller);
        return Response.created(URI.create("students/" + id + "/incidents/" + incident.id())).entity(incident).build();
    }

    @GET
    public List<IncidentView> list(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return incidents.listFor(id, page.page(), page.size(), caller);
    }
}
