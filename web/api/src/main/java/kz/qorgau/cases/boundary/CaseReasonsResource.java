package kz.qorgau.cases.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.cases.control.CaseView;
import kz.qorgau.cases.control.KnownMarking;
import kz.qorgau.cases.control.ReasonReviews;
import kz.qorgau.cases.control.Snoozing;
import kz.qorgau.cases.control.UsefulnessMarking;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.security.Caller;

/** What people say about a reason of a case; each answers with the case as it now stands. */
@Path("cases/{id}/reasons/{reasonId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseReasonsResource {

    @EJB
    ReasonReviews reviews;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Path("known")
    public CaseView markKnown(@PathParam("id") long id, @PathParam("reasonId") long reasonId, KnownMarking marking) {
        return reviews.markKnown(id, reasonId, marking, caller, Languages.of(headers, uri));
    }

    @POST
    @Path("snooze")
    public CaseView snooze(@PathParam("id") long id, @PathParam("reasonId") long reasonId, Snoozing snoozing) {
        return reviews.snooze(id, reasonId, snoozing, caller, Languages.of(headers, uri));
    }

    @POST
    @Path("usefulness")
    public CaseView markUsefulness(@PathParam("id") long id, @PathParam("reasonId") long reasonId,
                                   UsefulnessMarking marking) {
        return reviews.markUsefulness(id, reasonId, marking, caller, Languages.of(headers, uri));
    }
}
