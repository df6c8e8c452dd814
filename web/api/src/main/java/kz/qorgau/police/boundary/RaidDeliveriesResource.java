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
import kz.qorgau.police.control.NewRaidDelivery;
import kz.qorgau.police.control.RaidDeliveryService;
import kz.qorgau.police.control.RaidDeliveryView;
import kz.qorgau.security.Caller;

/** A student's deliveries to a police station during raids. */
@Path("students/{id}/raid-deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RaidDeliveriesResource {

    @EJB
    RaidDeliveryService deliveries;

    @Inject
    Caller caller;

    @POST
    public Response record(@PathParam("id") long id, NewRaidDelivery delivery) {
        RaidDeliveryView recorded = deliveries.record(id, delivery, caller);
        return Response.created(URI.create("students/" + id + "/raid-deliveries/" + recorded.id()))
                .entity(recorded).build();
    }

    @GET
    public List<RaidDeliveryView> list(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return deliveries.listFor(id, page.page(), page.size(), caller);
    }
}
