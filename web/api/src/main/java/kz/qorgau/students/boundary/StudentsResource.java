package kz.qorgau.students.boundary;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.duplicates.control.DuplicateCheck;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.security.Caller;
import kz.qorgau.students.control.NewStudent;
import kz.qorgau.students.control.StatusChange;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.control.StudentSummary;
import kz.qorgau.students.control.StudentUpdate;
import kz.qorgau.students.entity.Student;

/** Student files and the signals recorded about them; opening one checks it for a likely duplicate. */
@Path("students")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudentsResource {

    @EJB
    StudentService students;

    @EJB
    DuplicateCheck duplicates;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    public Response register(NewStudent request) {
        StudentView created = StudentView.of(students.register(request, caller));
        return Response.created(URI.create("students/" + created.id())).entity(created).build();
    }

    @GET
    public List<StudentSummary> search(@QueryParam("iin") String iin, @QueryParam("name") String name,
                                       @QueryParam("schoolId") Long schoolId, @BeanParam @Valid PageParams page) {
        return students.search(iin, name, schoolId, page.page(), page.size(), caller);
    }

    @PUT
    @Path("{id}")
    public StudentView correct(@PathParam("id") long id, StudentUpdate update) {
        return StudentView.of(students.correct(id, update, caller));
    }

    @POST
    @Path("{id}/status")
    public StudentView changeStatus(@PathParam("id") long id, StatusChange change) {
        return StudentView.of(students.changeStatus(id, change, caller));
    }

    @GET
    @Path("{id}")
    public StudentView read(@PathParam("id") long id) {
        Student file = students.readFile(id, caller);
        return StudentView.of(file, duplicates.check(id, caller, Languages.of(headers, uri)));
    }
}
