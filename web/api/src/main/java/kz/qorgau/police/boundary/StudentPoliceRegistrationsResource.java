package kz.qorgau.police.boundary;

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
import kz.qorgau.police.control.NewPoliceRegistration;
import kz.qorgau.police.control.PoliceRegistrationService;
import kz.qorgau.police.control.PoliceRegistrationView;
import kz.qorgau.security.Caller;

/** A student's registrations on the police register: written by inspectors, read by those who work the case. */
@Path("students/{id}/police-registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentPoliceRegistrationsResource {

    @EJB
    PoliceRegistrationService registrations;

    @Inject
    Caller caller;

    @POST
    public Response register(@PathParam("id") long id, NewPoliceRegistration request) {
        PoliceRegistrationView created = registrations.register(id, request, caller);
        return Response.created(URI.create("police-registrations/" + created.id())).entity(created).build();
    }

    @GET
    public List<PoliceRegistrationView> list(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return registrations.listFor(id, page.page(), page.size(), caller);
    }
}
