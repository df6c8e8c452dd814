package kz.qorgau.inbox.boundary;

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

import kz.qorgau.inbox.control.CallerInbox;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/**
 * What waits for the caller, by due time: cases (their own, overdue and escalated ones, by first-contact deadline)
 * and school safety prescriptions (to remedy, to review, or escalated as overdue), each with its {@code kind}.
 */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @EJB
    CallerInbox inbox;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public List<Object> list(@BeanParam @Valid PageParams page) {
        return inbox.of(caller, page.page(), page.size(), Languages.of(headers, uri));
    }
}
