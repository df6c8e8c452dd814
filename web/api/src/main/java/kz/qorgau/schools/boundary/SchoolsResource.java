package kz.qorgau.schools.boundary;

import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.schools.control.DistrictView;
import kz.qorgau.schools.control.NewDesignation;
import kz.qorgau.schools.control.NewDistrict;
import kz.qorgau.schools.control.NewSchool;
import kz.qorgau.schools.control.RegionView;
import kz.qorgau.schools.control.SchoolView;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.control.StaffView;
import kz.qorgau.security.Caller;

/** Reference data (regions, districts, schools) and the staff each school designates. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolsResource {

    @EJB
    Schools schools;

    @Inject
    Caller caller;

    /** Unpaged: bounded by nature, the twenty regions and cities of republican significance. */
    @GET
    @Path("regions")
    public List<RegionView> regions() {
        return schools.regions();
    }

    /** Unpaged: bounded by nature, a region has a few dozen districts at most. */
    @GET
    @Path("regions/{id}/districts")
    public List<DistrictView> districts(@PathParam("id") long regionId) {
        return schools.districtsOf(regionId);
    }

    @POST
    @Path("districts")
    public Response addDistrict(NewDistrict request) {
        DistrictView district = schools.addDistrict(request, caller);
        return Response.created(URI.create("regions/" + district.regionId() + "/districts")).entity(district).build();
    }

    @GET
    @Path("schools")
    public List<SchoolView> list(@QueryParam("regionId") Long regionId, @QueryParam("districtId") Long districtId,
                                 @BeanParam @Valid PageParams page) {
        return schools.list(regionId, districtId, page.page(), page.size(), caller);
    }

    @POST
    @Path("schools")
    public Response addSchool(NewSchool request) {
        SchoolView school = schools.addSchool(request, caller);
        return Response.created(URI.create("schools/" + school.id())).entity(school).build();
    }

    @GET
    @Path("schools/{id}")
    public SchoolView read(@PathParam("id") long id) {
        return schools.read(id, caller);
    }

    @GET
    @Path("schools/{id}/staff")
    public List<StaffView> staff(@PathParam("id") long id, @BeanParam @Valid PageParams page) {
        return schools.staffOf(id, page.page(), page.size(), caller);
    }

    @POST
    @Path("schools/{id}/staff")
    public Response designate(@PathParam("id") long id, NewDesignation request) {
        StaffView staff = schools.designate(id, request, caller);
        return Response.created(URI.create("schools/" + id + "/staff/" + staff.id())).entity(staff).build();
    }

    @DELETE
    @Path("schools/{id}/staff/{designationId}")
    public Response revoke(@PathParam("id") long id, @PathParam("designationId") long designationId) {
        schools.revoke(id, designationId, caller);
        return Response.noContent().build();
    }
}
