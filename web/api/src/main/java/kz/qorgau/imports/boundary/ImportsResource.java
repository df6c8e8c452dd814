package kz.qorgau.imports.boundary;

import java.io.InputStream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.imports.control.AbsencesImport;
import kz.qorgau.imports.control.ImportMode;
import kz.qorgau.imports.control.ImportReport;
import kz.qorgau.imports.control.IncomingFile;
import kz.qorgau.imports.control.PoliceRegistrationsImport;
import kz.qorgau.imports.control.RosterImport;
import kz.qorgau.imports.control.SurveyResultsImport;
import kz.qorgau.imports.control.UploadFormat;
import kz.qorgau.platform.UnsupportedFormat;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.security.Caller;

/**
 * Imports of the spreadsheets schools already produce. The file is the raw request body (CSV or XLSX, by its
 * Content-Type); the answer is a report of every row, in the caller's language.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    @EJB
    SurveyResultsImport surveyResults;

    @EJB
    AbsencesImport absences;

    @EJB
    RosterImport roster;

    @EJB
    PoliceRegistrationsImport policeRegistrations;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Path("survey-results")
    public ImportReport surveyResults(@QueryParam("campaignId") Long campaignId, @QueryParam("mode") String mode,
                                      @QueryParam("fileName") String fileName,
                                      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) {
        ImportMode importMode = ImportMode.of(mode);
        return surveyResults.importFile(campaignId, incoming(body, fileName, contentType, contentLength), importMode,
                Languages.of(headers, uri), caller);
    }

    @POST
    @Path("absences")
    public ImportReport absences(@QueryParam("mode") String mode, @QueryParam("fileName") String fileName,
                                 @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                 @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) {
        ImportMode importMode = ImportMode.of(mode);
        return absences.importFile(incoming(body, fileName, contentType, contentLength), importMode,
                Languages.of(headers, uri), caller);
    }

    @POST
    @Path("roster")
    public ImportReport roster(@QueryParam("mode") String mode, @QueryParam("fileName") String fileName,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                               @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) {
        ImportMode importMode = ImportMode.of(mode);
        return roster.importFile(incoming(body, fileName, contentType, contentLength), importMode,
                Languages.of(headers, uri), caller);
    }

    /** Only those who may put a student on the police register through the API may import a register. */
    @POST
    @Path("police-registrations")
    public ImportReport policeRegistrations(@QueryParam("mode") String mode, @QueryParam("fileName") String fileName,
                                            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                                            InputStream body) {
        ImportMode importMode = ImportMode.of(mode);
        return policeRegistrations.importFile(incoming(body, fileName, contentType, contentLength), importMode,
                Languages.of(headers, uri), caller);
    }

    /** The body is read by the import, once the caller may import. */
    private static IncomingFile incoming(InputStream body, String fileName, String contentType, Long contentLength) {
        UploadFormat format = UploadFormat.ofContentType(contentType)
                .orElseThrow(() -> new UnsupportedFormat("import.file.content-type"));
        return new IncomingFile(body, fileName, format, contentLength);
    }
}
