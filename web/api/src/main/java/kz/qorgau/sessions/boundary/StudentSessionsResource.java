package kz.qorgau.sessions.boundary;

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

import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;
import kz.qorgau.sessions.control.SessionRecord;
import kz.qorgau.sessions.control.SessionService;
import kz.qorgau.sessions.control.SessionView;

/** A student's sessions with the school psychologist: recorded and read by those who may see the notes. */
@Path("students/{id}/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentSessionsResource {

    @EJB
    SessionService sessions;

    @Inject
    Caller caller;

    @POST
    public Response record(@PathParam("id") long id, SessionRecord record) {
        SessionView session = sessions.record(id, record, caller).record();
        return Response.created(URI.create("students/" + id + "/sessions/" + session.id())).entity(session).build();
    }

    @GET
    public List<SessionView> list(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return sessions.listFor(id, page.page(), page.size(), caller);
    }
}
