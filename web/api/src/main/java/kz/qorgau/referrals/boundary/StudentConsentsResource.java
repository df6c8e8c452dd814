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
import kz.qorgau.referrals.control.ConsentView;
import kz.qorgau.referrals.control.Consents;
import kz.qorgau.referrals.control.NewConsent;
import kz.qorgau.security.Caller;

/** A child's guardian consents and withdrawals: each a new record, the list their history. */
@Path("students/{id}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentConsentsResource {

    @EJB
    Consents consents;

    @Inject
    Caller caller;

    @POST
    public Response record(@PathParam("id") long id, NewConsent request) {
        ConsentView created = consents.record(id, request, caller);
        return Response.created(URI.create("students/" + id + "/consents")).entity(created).build();
    }

    @GET
    public List<ConsentView> history(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return consents.historyOf(id, page.page(), page.size(), caller);
    }
}
