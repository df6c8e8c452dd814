package kz.qorgau.earlywarning.boundary;

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

import kz.qorgau.earlywarning.control.EvaluationRequest;
import kz.qorgau.earlywarning.control.RegionEvaluationView;
import kz.qorgau.earlywarning.control.RegionEvaluations;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/** Re-evaluations of a whole region, run as a batch job: started, followed, stopped and restarted by an admin. */
@Path("evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationsResource {

    @EJB
    RegionEvaluations evaluations;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(EvaluationRequest request) {
        RegionEvaluationView started = evaluations.start(request, caller);
        return Response.accepted(started).location(URI.create("evaluations/" + started.id())).build();
    }

    @GET
    public List<RegionEvaluationView> list(@BeanParam @Valid PageParams page) {
        return evaluations.list(page.page(), page.size());
    }

    @GET
    @Path("{id}")
    public RegionEvaluationView read(@PathParam("id") long id) {
        return evaluations.view(id);
    }

    @POST
    @Path("{id}/stop")
    public RegionEvaluationView stop(@PathParam("id") long id) {
        return evaluations.stop(id);
    }

    @POST
    @Path("{id}/restart")
    public Response restart(@PathParam("id") long id) {
        RegionEvaluationView restarted = evaluations.restart(id);
        return Response.accepted(restarted).location(URI.create("evaluations/" + restarted.id())).build();
    }
}
