package kz.qorgau.referrals.boundary;

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
import kz.qorgau.referrals.control.NewReferral;
import kz.qorgau.referrals.control.ReferralView;
import kz.qorgau.referrals.control.Referrals;
import kz.qorgau.security.Caller;

/** The referrals of a case's child to services. */
@Path("cases/{id}/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseReferralsResource {

    @EJB
    Referrals referrals;

    @Inject
    Caller caller;

    @POST
    public Response refer(@PathParam("id") long id, NewReferral request) {
        ReferralView created = referrals.refer(id, request, caller);
        return Response.created(URI.create("referrals/" + created.id())).entity(created).build();
    }

    @GET
    public List<ReferralView> list(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return referrals.ofCase(id, page.page(), page.size(), caller);
    }
}
