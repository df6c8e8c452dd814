package kz.qorgau.concealment.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.concealment.control.ConcealmentDecision;
import kz.qorgau.concealment.control.ConcealmentView;
import kz.qorgau.concealment.control.Concealments;
import kz.qorgau.concealment.entity.ConcealmentStatus;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.platform.boundary.QueryParams;
import kz.qorgau.security.Caller;

/**
 * Possible concealments (EW-11) for those who oversee schools, never for the school itself: listed by status, each
 * with its history, confirmed or dismissed by a coordinator or an ombudsman.
 */
@Path("concealment-flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConcealmentsResource {

    @EJB
    Concealments concealments;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public List<ConcealmentView> list(@QueryParam("status") String status, @BeanParam @Valid PageParams page) {
        return concealments.list(QueryParams.optionalEnum(ConcealmentStatus.class, "status", status), page.page(),
                page.size(), caller, Languages.of(headers, uri));
    }

    @GET
    @Path("{id}")
    public ConcealmentView read(@PathParam("id") long id) {
        return concealments.get(id, caller, Languages.of(headers, uri));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConcealmentView decide(@PathParam("id") long id, ConcealmentDecision decision) {
        return concealments.decide(id, decision, caller, Languages.of(headers, uri));
    }
}
