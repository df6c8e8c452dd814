package kz.qorgau.notices.boundary;

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

import kz.qorgau.notices.control.NoticeView;
import kz.qorgau.notices.control.Notices;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/** What supervisors of the caller's schools must know about, newest first. */
@Path("notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @EJB
    Notices notices;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public List<NoticeView> list(@BeanParam @Valid PageParams page) {
        return notices.forSupervisor(page.page(), page.size(), caller, Languages.of(headers, uri));
    }
}
