package kz.qorgau.surveys.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.security.Caller;
import kz.qorgau.surveys.control.OptOutRequest;
import kz.qorgau.surveys.control.SurveyOptOuts;

/** A parent's opt-out of their child from surveys, recorded and withdrawn by the staff of the child's school. */
@Path("students/{id}/survey-opt-out")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyOptOutResource {

    @EJB
    SurveyOptOuts optOuts;

    @Inject
    Caller caller;

    @POST
    public Response optOut(@PathParam("id") long id, OptOutRequest request) {
        optOuts.optOut(id, request, caller);
        return Response.noContent().build();
    }

    @DELETE
    public Response withdraw(@PathParam("id") long id) {
        optOuts.withdraw(id, caller);
        return Response.noContent().build();
    }
}
