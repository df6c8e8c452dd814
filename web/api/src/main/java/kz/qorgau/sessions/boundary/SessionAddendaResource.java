package kz.qorgau.sessions.boundary;

import java.net.URI;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.security.Caller;
import kz.qorgau.sessions.control.AddendumView;
import kz.qorgau.sessions.control.NewAddendum;
import kz.qorgau.sessions.control.SessionService;

/** Addenda to a session's note: the only way to correct a note, which itself never changes. */
@Path("students/{id}/sessions/{sessionId}/addenda")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionAddendaResource {

    @EJB
    SessionService sessions;

    @Inject
    Caller caller;

    /** Addenda are read with their session ({@code GET students/{id}/sessions}), so the new one points there. */
    @POST
    public Response append(@PathParam("id") long id, @PathParam("sessionId") long sessionId, NewAddendum addendum) {
        AddendumView appended = sessions.addAddendum(id, sessionId, addendum, caller);
        return Response.created(URI.create("students/" + id + "/sessions")).entity(appended).build();
    }
}
