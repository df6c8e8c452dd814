package kz.qorgau.hotline.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.hotline.control.CaseTriage;
import kz.qorgau.hotline.control.Closure;
import kz.qorgau.hotline.control.HotlineService;
import kz.qorgau.hotline.control.IncidentTriage;
import kz.qorgau.hotline.control.NewReport;
import kz.qorgau.hotline.control.ReportView;
import kz.qorgau.hotline.entity.ReportStatus;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.platform.boundary.QueryParams;
import kz.qorgau.security.Caller;

/**
 * The trust line: operators take and triage reports; the staff of the child's school and the supervisors of the
 * region read them.
 */
@Path("hotline/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HotlineResource {

    @EJB
    HotlineService hotline;

    @Inject
    Caller caller;

    @POST
    public Response take(NewReport request) {
        ReportView created = hotline.take(request, caller);
        return Response.created(URI.create("hotline/reports/" + created.id())).entity(created).build();
    }

    @GET
    public List<ReportView> list(@QueryParam("status") String status, @BeanParam @Valid PageParams page) {
        return hotline.list(QueryParams.optionalEnum(ReportStatus.class, "status", status), page.page(), page.size(),
                caller);
    }

    @GET
    @Path("{id}")
    public ReportView read(@PathParam("id") long id) {
        return hotline.read(id, caller);
    }

    @POST
    @Path("{id}/incident")
    public ReportView triageToIncident(@PathParam("id") long id, IncidentTriage triage) {
        return hotline.triageToIncident(id, triage, caller);
    }

    @POST
    @Path("{id}/case")
    public ReportView triageToCase(@PathParam("id") long id, CaseTriage triage) {
        return hotline.triageToCase(id, triage, caller);
    }

    @POST
    @Path("{id}/closure")
    public ReportView close(@PathParam("id") long id, Closure closure) {
        return hotline.close(id, closure, caller);
    }
}
