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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.referrals.control.NewService;
import kz.qorgau.referrals.control.ServiceCatalogue;
import kz.qorgau.referrals.control.ServiceView;
import kz.qorgau.security.Caller;

/** The catalogue of services children are referred to: kept by the coordinators, read by those who refer. */
@Path("services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @EJB
    ServiceCatalogue catalogue;

    @Inject
    Caller caller;

    @POST
    public Response add(NewService request) {
        ServiceView created = catalogue.add(request, caller);
        return Response.created(URI.create("services/" + created.id())).entity(created).build();
    }

    @GET
    public List<ServiceView> list(@BeanParam @Valid PageParams page) {
        return catalogue.list(page.page(), page.size(), caller);
    }
}
