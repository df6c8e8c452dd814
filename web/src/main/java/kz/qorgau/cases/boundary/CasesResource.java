package kz.qorgau.cases.boundary;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.cases.control.CaseService;
import kz.qorgau.cases.control.CaseView;
import kz.qorgau.history.control.ChangeHistory;
import kz.qorgau.history.control.ChangeView;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/** Early-warning cases within the caller's jurisdiction. */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
public class CasesResource {

    @EJB
    CaseService cases;

    @EJB
    ChangeHistory history;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public List<CaseView> list(@QueryParam("level") String level, @QueryParam("status") String status,
                               @QueryParam("studentId") Long studentId, @BeanParam @Valid PageParams page) {
        return cases.list(CaseFilterParams.of(level, status, studentId), page.page(), page.size(), caller,
                Languages.of(headers, uri));
    }

    @GET
    @Path("{id}")
    public CaseView read(@PathParam("id") long id) {
        return cases.read(id, caller, Languages.of(headers, uri));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({SCHOOL_ADMIN, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<ChangeView> history(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return history.ofCase(id, page.page(), page.size(), caller);
    }
}
