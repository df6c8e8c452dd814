package kz.qorgau.referrals.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.referrals.control.ReferralStatusChange;
import kz.qorgau.referrals.control.ReferralView;
import kz.qorgau.referrals.control.Referrals;
import kz.qorgau.security.Caller;

/** The life of one referral: accepted or declined by the service, done, or revoked. */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    @EJB
    Referrals referrals;

    @Inject
    Caller caller;

    @POST
    @Path("{id}/status")
    public ReferralView changeStatus(@PathParam("id") long id, ReferralStatusChange change) {
        return referrals.changeStatus(id, change, caller);
    }
}
