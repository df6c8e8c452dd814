package kz.qorgau.cases.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.cases.control.CaseEventView;
import kz.qorgau.cases.control.CaseService;
import kz.qorgau.cases.control.CaseStatusChange;
import kz.qorgau.cases.control.CaseTimeline;
import kz.qorgau.cases.control.CaseView;
import kz.qorgau.cases.control.CaseWorkflow;
import kz.qorgau.cases.control.Closing;
import kz.qorgau.cases.control.EscalationView;
import kz.qorgau.cases.control.FirstContact;
import kz.qorgau.cases.control.LevelLowering;
import kz.qorgau.cases.control.Reassignment;
import kz.qorgau.cases.control.TakeOn;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/**
 * Early-warning cases within the caller's jurisdiction, and the steps of their workflow: each change carries the
 * {@code version} of the case the client read. Closing a HIGH or CRITICAL case or lowering its level may answer 202
 * with a request waiting for a supervisor ({@link ApprovalsResource}).
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasesResource {

    @EJB
    CaseService cases;

    @EJB
    CaseWorkflow workflow;

    @EJB
    CaseTimeline timeline;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public List<CaseView> list(@QueryParam("level") String level, @QueryParam("status") String status,
                               @QueryParam("studentId") Long studentId, @BeanParam @Valid PageParams page) {
        return cases.list(CaseFilterParams.of(level, status, studentId), page.page(), page.size(), caller,
                Languages.of(headers, uri));
    }

    @GET
    @Path("{id}")
    public CaseView read(@PathParam("id") long id) {
        return cases.read(id, caller, Languages.of(headers, uri));
    }

    @GET
    @Path("{id}/timeline")
    public List<CaseEventView> timeline(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return timeline.of(id, page.page(), page.size(), caller, Languages.of(headers, uri));
    }

    @GET
    @Path("{id}/escalations")
    public List<EscalationView> escalations(@PathParam("id") long id) {
        return cases.escalationsOf(id, caller);
    }

    @POST
    @Path("{id}/take")
    public CaseView take(@PathParam("id") long id, TakeOn request) {
        return workflow.take(id, request, caller, Languages.of(headers, uri));
    }

    @POST
    @Path("{id}/first-contact")
    public CaseView logFirstContact(@PathParam("id") long id, FirstContact contact) {
        return workflow.logFirstContact(id, contact, caller, Languages.of(headers, uri));
    }

    @POST
    @Path("{id}/status")
    public CaseView changeStatus(@PathParam("id") long id, CaseStatusChange change) {
        return workflow.changeStatus(id, change, caller, Languages.of(headers, uri));
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") long id, Closing closing) {
        return changedOrWaiting(workflow.close(id, closing, caller, Languages.of(headers, uri)));
    }

    @POST
    @Path("{id}/level")
    public Response lowerLevel(@PathParam("id") long id, LevelLowering lowering) {
        return changedOrWaiting(workflow.lowerLevel(id, lowering, caller, Languages.of(headers, uri)));
    }

    @POST
    @Path("{id}/reassign")
    public CaseView reassign(@PathParam("id") long id, Reassignment request) {
        return workflow.reassign(id, request, caller, Languages.of(headers, uri));
    }

    /**
     * The case as changed, or 202 with the request when the change waits for a supervisor: a waiting request refuses
     * any other closing or lowering, so one there now was made by this call.
     */
    private static Response changedOrWaiting(CaseView view) {
        return view.pendingApproval() == null ? Response.ok(view).build()
                : Response.accepted(view.pendingApproval()).build();
    }
}
