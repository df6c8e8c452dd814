package kz.qorgau.police.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.police.control.LegalHold;
import kz.qorgau.police.control.PoliceRegistrationService;
import kz.qorgau.police.control.PoliceRegistrationView;
import kz.qorgau.police.control.Removal;
import kz.qorgau.security.Caller;

/** The lifecycle of one police registration: removal from the register and legal hold. */
@Path("police-registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PoliceRegistrationsResource {

    @EJB
    PoliceRegistrationService registrations;

    @Inject
    Caller caller;

    @POST
    @Path("{id}/removal")
    public PoliceRegistrationView remove(@PathParam("id") long id, Removal removal) {
        return registrations.remove(id, removal, caller);
    }

    /** Only an administrator decides that a court or an investigation needs the record kept. */
    @POST
    @Path("{id}/legal-hold")
    public PoliceRegistrationView holdForLegalReasons(@PathParam("id") long id, LegalHold hold) {
        return registrations.holdForLegalReasons(id, hold, caller);
    }
}
