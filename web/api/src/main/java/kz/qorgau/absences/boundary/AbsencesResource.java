package kz.qorgau.absences.boundary;

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

import kz.qorgau.absences.control.StudentAbsences;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;

/** A student's unexcused absence days per period, as imported from the school's register. */
@Path("students/{id}/absences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AbsencesResource {

    @EJB
    StudentAbsences absences;

    @Inject
    Caller caller;

    @GET
    public List<StudentAbsences.AbsenceView> list(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return absences.of(id, page.page(), page.size(), caller);
    }
}
