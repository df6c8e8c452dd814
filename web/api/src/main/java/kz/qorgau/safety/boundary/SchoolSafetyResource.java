package kz.qorgau.safety.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.safety.control.ChecklistEntry;
import kz.qorgau.safety.control.InspectionView;
import kz.qorgau.safety.control.Inspections;
import kz.qorgau.safety.control.NewInspection;
import kz.qorgau.safety.control.ProfileChange;
import kz.qorgau.safety.control.ProfileRevision;
import kz.qorgau.safety.control.ProfileView;
import kz.qorgau.safety.control.SafetyProfiles;
import kz.qorgau.security.Caller;

/**
 * A school's safety: its profile, kept by the director and the inspectors, its history, the checklist an
 * inspection follows, and the inspections themselves.
 */
@Path("schools/{schoolId}/safety")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolSafetyResource {

    @EJB
    SafetyProfiles profiles;

    @EJB
    Inspections inspections;

    @Inject
    Caller caller;

    @GET
    public ProfileView read(@PathParam("schoolId") long schoolId) {
        return profiles.read(schoolId, caller);
    }

    @PUT
    public ProfileView change(@PathParam("schoolId") long schoolId, ProfileChange change) {
        return profiles.change(schoolId, change, caller);
    }

    @GET
    @Path("history")
    public List<ProfileRevision> history(@PathParam("schoolId") long schoolId, @BeanParam @Valid PageParams page) {
        return profiles.history(schoolId, page.page(), page.size(), caller);
    }

    /** Unpaged: at most one line per checklist item. */
    @GET
    @Path("checklist")
    public List<ChecklistEntry> checklist(@PathParam("schoolId") long schoolId) {
        return profiles.checklist(schoolId, caller);
    }

    @POST
    @Path("inspections")
    public Response inspect(@PathParam("schoolId") long schoolId, NewInspection request) {
        InspectionView inspection = inspections.record(schoolId, request, caller);
        return Response.created(URI.create("inspections/" + inspection.id())).entity(inspection).build();
    }

    @GET
    @Path("inspections")
    public List<InspectionView> inspections(@PathParam("schoolId") long schoolId, @BeanParam @Valid PageParams page) {
        return inspections.ofSchool(schoolId, page.page(), page.size(), caller);
    }
}
