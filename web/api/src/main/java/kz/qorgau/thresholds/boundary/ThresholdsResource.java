package kz.qorgau.thresholds.boundary;

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

import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;
import kz.qorgau.thresholds.control.ThresholdProposal;
import kz.qorgau.thresholds.control.ThresholdVersionView;
import kz.qorgau.thresholds.control.ThresholdVersions;

/** The thresholds of the catalogue: read by those who oversee the rules, changed by an admin as a new version. */
@Path("thresholds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThresholdsResource {

    @EJB
    ThresholdVersions versions;

    @Inject
    Caller caller;

    @GET
    public ThresholdVersionView active() {
        return versions.active();
    }

    @GET
    @Path("versions")
    public List<ThresholdVersionView> list(@BeanParam @Valid PageParams page) {
        return versions.list(page.page(), page.size());
    }

    @GET
    @Path("versions/{number}")
    public ThresholdVersionView read(@PathParam("number") int number) {
        return versions.read(number);
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(ThresholdProposal proposal) {
        ThresholdVersionView draft = versions.propose(proposal, caller);
        return Response.created(URI.create("thresholds/versions/" + draft.number())).entity(draft).build();
    }

    @POST
    @Path("versions/{number}/activate")
    public ThresholdVersionView activate(@PathParam("number") int number) {
        return versions.activate(number, caller);
    }
}
