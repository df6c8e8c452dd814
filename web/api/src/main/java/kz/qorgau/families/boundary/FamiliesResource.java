package kz.qorgau.families.boundary;

import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.families.control.FamilyChange;
import kz.qorgau.families.control.FamilyMember;
import kz.qorgau.families.control.FamilyService;
import kz.qorgau.families.control.FamilyView;
import kz.qorgau.families.control.NewFamily;
import kz.qorgau.families.control.NewGuardian;
import kz.qorgau.families.control.NewMember;
import kz.qorgau.families.control.PoliceRegistering;
import kz.qorgau.families.control.PoliceRemoval;
import kz.qorgau.security.Caller;

/**
 * Family records: kept by social pedagogues, school administrations and inspectors, read by everyone responsible
 * for the school's children; only the police put a family on its register or take it off.
 */
@Path("families")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FamiliesResource {

    @EJB
    FamilyService families;

    @Inject
    Caller caller;

    @POST
    public Response open(NewFamily request) {
        FamilyView created = families.open(request, caller);
        return Response.created(URI.create("families/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public FamilyView read(@PathParam("id") long id) {
        return families.read(id, caller);
    }

    @PUT
    @Path("{id}")
    public FamilyView describe(@PathParam("id") long id, FamilyChange change) {
        return families.describe(id, change, caller);
    }

    @POST
    @Path("{id}/guardians")
    public Response addGuardian(@PathParam("id") long id, NewGuardian request) {
        FamilyView.GuardianView guardian = families.addGuardian(id, request, caller);
        return Response.created(URI.create("families/" + id + "/guardians/" + guardian.id())).entity(guardian).build();
    }

    @POST
    @Path("{id}/members")
    public List<FamilyMember> addMember(@PathParam("id") long id, NewMember request) {
        return families.addMember(id, request, caller);
    }

    /** Unpaged: bounded by nature, the children of one family. */
    @GET
    @Path("{id}/members")
    public List<FamilyMember> members(@PathParam("id") long id) {
        return families.members(id, caller);
    }

    @DELETE
    @Path("{id}/members/{studentId}")
    public Response removeMember(@PathParam("id") long id, @PathParam("studentId") long studentId) {
        families.removeMember(id, studentId, caller);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/police-registration")
    public Response registerWithPolice(@PathParam("id") long id, PoliceRegistering request) {
        FamilyView.RegistrationView registration = families.registerWithPolice(id, request, caller);
        return Response.created(URI.create("families/" + id)).entity(registration).build();
    }

    @POST
    @Path("{id}/police-registration/removal")
    public FamilyView.RegistrationView removeFromPoliceRegister(@PathParam("id") long id, PoliceRemoval request) {
        return families.removeFromPoliceRegister(id, request, caller);
    }
}
