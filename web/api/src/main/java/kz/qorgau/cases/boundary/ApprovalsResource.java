package kz.qorgau.cases.boundary;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.cases.control.ApprovalView;
import kz.qorgau.cases.control.CaseApprovals;
import kz.qorgau.cases.control.CaseView;
import kz.qorgau.cases.control.SendingBack;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.security.Caller;

/** The supervisor's side of supervision: the requests waiting for them, and their decision on each. */
@Path("approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalsResource {

    @EJB
    CaseApprovals approvals;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public List<ApprovalView> waiting() {
        return approvals.waiting(caller);
    }

    /** @return the case with the change applied */
    @POST
    @Path("{id}/approve")
    public CaseView approve(@PathParam("id") long id) {
        return approvals.approve(id, caller, Languages.of(headers, uri));
    }

    /** @return the case, as it was */
    @POST
    @Path("{id}/send-back")
    public CaseView sendBack(@PathParam("id") long id, SendingBack sending) {
        return approvals.sendBack(id, sending, caller, Languages.of(headers, uri));
    }
}
