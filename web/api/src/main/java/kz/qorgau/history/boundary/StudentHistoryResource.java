package kz.qorgau.history.boundary;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.history.control.ChangeHistory;
import kz.qorgau.history.control.ChangeView;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/** Who changed what in a student's record and when, newest first. */
@Path("students/{id}/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StudentHistoryResource {

    @EJB
    ChangeHistory history;

    @Inject
    Caller caller;

    @GET
    public List<ChangeView> history(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return history.ofStudent(id, page.page(), page.size(), caller);
    }
}
