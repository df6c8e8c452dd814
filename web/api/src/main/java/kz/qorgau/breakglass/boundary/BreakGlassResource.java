package kz.qorgau.breakglass.boundary;

import java.net.URI;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.breakglass.control.BreakGlass;
import kz.qorgau.breakglass.control.BreakGlassRequest;
import kz.qorgau.breakglass.control.BreakGlassView;
import kz.qorgau.security.Caller;

/** Emergency access to a student's file outside one's jurisdiction. */
@Path("break-glass")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

    @EJB
    BreakGlass breakGlass;

    @Inject
    Caller caller;

    @POST
    public Response open(BreakGlassRequest request) {
        BreakGlassView grant = breakGlass.open(request, caller);
        return Response.created(URI.create("students/" + grant.studentId())).entity(grant).build();
    }
}
