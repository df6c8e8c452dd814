package kz.qorgau.duplicates.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.duplicates.control.Dismissal;
import kz.qorgau.duplicates.control.DuplicateDecisions;
import kz.qorgau.duplicates.control.MergeRequest;
import kz.qorgau.duplicates.control.MergeView;
import kz.qorgau.duplicates.control.StudentMerges;
import kz.qorgau.duplicates.control.SuspicionView;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/**
 * Pairs of files that look like one child's: the coordinator's list, the decision that they are not, and the merge
 * of two files into one with its undo (docs/API.md, "Duplicates").
 */
@Path("duplicates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DuplicatesResource {

    @EJB
    DuplicateDecisions decisions;

    @EJB
    StudentMerges merges;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public List<SuspicionView> open(@BeanParam @Valid PageParams page) {
        return decisions.open(page.page(), page.size(), caller, Languages.of(headers, uri));
    }

    @POST
    @Path("{id}/dismissal")
    public SuspicionView dismiss(@PathParam("id") long id, Dismissal dismissal) {
        return decisions.dismiss(id, dismissal, caller, Languages.of(headers, uri));
    }

    @POST
    @Path("merges")
    public Response merge(MergeRequest request) {
        MergeView merged = merges.merge(request, caller);
        return Response.created(URI.create("duplicates/merges/" + merged.id())).entity(merged).build();
    }

    @GET
    @Path("merges")
    public List<MergeView> merges(@BeanParam @Valid PageParams page) {
        return merges.recent(page.page(), page.size(), caller);
    }

    @POST
    @Path("merges/{id}/undo")
    public MergeView undo(@PathParam("id") long id) {
        return merges.undo(id, caller);
    }
}
