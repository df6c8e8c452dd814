package kz.qorgau.cases.boundary;

import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.cases.control.CaseMeasures;
import kz.qorgau.cases.control.MeasureChange;
import kz.qorgau.cases.control.MeasureView;
import kz.qorgau.cases.control.NewMeasure;
import kz.qorgau.security.Caller;

/** The intervention plan of a case: read by everyone who reads the case, kept by its people and the school. */
@Path("cases/{id}/measures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseMeasuresResource {

    @EJB
    CaseMeasures measures;

    @Inject
    Caller caller;

    /** Unpaged: bounded by nature, the measures of one plan. */
    @GET
    public List<MeasureView> list(@PathParam("id") long id) {
        return measures.of(id, caller);
    }

    @POST
    public Response add(@PathParam("id") long id, NewMeasure request) {
        MeasureView added = measures.add(id, request, caller);
        return Response.created(URI.create("cases/" + id + "/measures/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("{measureId}")
    public MeasureView change(@PathParam("id") long id, @PathParam("measureId") long measureId,
                              MeasureChange request) {
        return measures.change(id, measureId, request, caller);
    }
}
