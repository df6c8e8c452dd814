package kz.qorgau.transfers.boundary;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;
import kz.qorgau.transfers.control.TransferView;
import kz.qorgau.transfers.control.Transfers;

/** Handovers of students between schools, seen from either side. */
@Path("transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransfersResource {

    @EJB
    Transfers transfers;

    @Inject
    Caller caller;

    @GET
    public List<TransferView> pending(@QueryParam("direction") @DefaultValue("incoming") String direction,
                                      @BeanParam @Valid PageParams page) {
        if (!direction.equals("incoming") && !direction.equals("outgoing")) {
            throw new InvalidInput("param.invalid", "direction", direction, "incoming, outgoing");
        }
        return transfers.pending(direction.equals("incoming"), page.page(), page.size(), caller);
    }

    @POST
    @Path("{id}/confirm")
    public TransferView confirm(@PathParam("id") long id) {
        return transfers.confirm(id, caller);
    }

    @POST
    @Path("{id}/cancel")
    public TransferView cancel(@PathParam("id") long id) {
        return transfers.cancel(id, caller);
    }
}
