package kz.qorgau.safety.boundary;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.platform.boundary.QueryParams;
import kz.qorgau.safety.control.EvidenceContent;
import kz.qorgau.safety.control.EvidenceView;
import kz.qorgau.safety.control.PrescriptionFilter;
import kz.qorgau.safety.control.PrescriptionView;
import kz.qorgau.safety.control.Prescriptions;
import kz.qorgau.safety.control.Rejection;
import kz.qorgau.safety.control.Remedy;
import kz.qorgau.safety.entity.PrescriptionStatus;
import kz.qorgau.security.Caller;

/**
 * Prescriptions of school safety inspections: the school's administration attaches evidence and reports the
 * remedy, the inspector accepts or rejects it.
 */
@Path("prescriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrescriptionsResource {

    @EJB
    Prescriptions prescriptions;

    @Inject
    Caller caller;

    @GET
    public List<PrescriptionView> list(@QueryParam("schoolId") Long schoolId, @QueryParam("status") String status,
                                       @QueryParam("overdue") String overdue, @BeanParam @Valid PageParams page) {
        PrescriptionFilter filter = new PrescriptionFilter(schoolId,
                QueryParams.optionalEnum(PrescriptionStatus.class, "status", status), yesOrNo(overdue));
        return prescriptions.list(filter, page.page(), page.size(), caller);
    }

    @GET
    @Path("{id}")
    public PrescriptionView read(@PathParam("id") long id) {
        return prescriptions.read(id, caller);
    }

    /** The file is the raw body: a JPEG, PNG or PDF of at most 10 MB, sent with its Content-Type. */
    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) {
        EvidenceView evidence = prescriptions.attach(id, body, contentType, contentLength, fileName, caller);
        return Response.created(URI.create("prescriptions/" + id + "/evidence/" + evidence.id())).entity(evidence)
                .build();
    }

    @GET
    @Path("{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        EvidenceContent file = prescriptions.evidence(id, evidenceId, caller);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .build();
    }

    @POST
    @Path("{id}/remedy")
    public PrescriptionView remedy(@PathParam("id") long id, Remedy remedy) {
        return prescriptions.remedy(id, remedy, caller);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.WILDCARD)
    public PrescriptionView accept(@PathParam("id") long id) {
        return prescriptions.accept(id, caller);
    }

    @POST
    @Path("{id}/reject")
    public PrescriptionView reject(@PathParam("id") long id, Rejection rejection) {
        return prescriptions.reject(id, rejection, caller);
    }

    private static Boolean yesOrNo(String value) {
        return value == null || value.isBlank() ? null
                : QueryParams.optionalEnum(YesNo.class, "overdue", value) == YesNo.TRUE;
    }

    /** The values {@code ?overdue=} takes. */
    private enum YesNo {
        TRUE,
        FALSE
    }
}
