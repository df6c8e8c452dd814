package kz.qorgau.concealment.boundary;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.concealment.control.ConcealmentView;
import kz.qorgau.concealment.control.Concealments;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/** Possible concealments (EW-11) for those who oversee schools: never for the school itself. */
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
    public List<ConcealmentView> list(@BeanParam @Valid PageParams page) {
        return concealments.list(page.page(), page.size(), caller, Languages.of(headers, uri));
    }
}
