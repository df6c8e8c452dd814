package kz.qorgau.surveys.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.security.Caller;
import kz.qorgau.surveys.control.StudentSurveyResults;
import kz.qorgau.surveys.control.SurveyOptOuts;

/** A student's survey results, marked excluded when the parents opted the child out. */
@Path("students/{id}/survey-results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResultsResource {

    @EJB
    SurveyOptOuts optOuts;

    @Inject
    Caller caller;

    @GET
    public StudentSurveyResults results(@PathParam("id") long id) {
        return optOuts.resultsOf(id, caller);
    }
}
