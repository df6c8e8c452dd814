package kz.qorgau.transfers.boundary;

import java.net.URI;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.security.Caller;
import kz.qorgau.transfers.control.TransferRequest;
import kz.qorgau.transfers.control.TransferView;
import kz.qorgau.transfers.control.Transfers;

/** A student handed over to another school; the receiving school confirms through {@link TransfersResource}. */
@Path("students/{id}/transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentTransfersResource {

    @EJB
    Transfers transfers;

    @Inject
    Caller caller;

    @POST
    public Response handOver(@PathParam("id") long id, TransferRequest request) {
        TransferView transfer = transfers.request(id, request, caller);
        return Response.created(URI.create("transfers/" + transfer.id())).entity(transfer).build();
    }
}
