package kz.qorgau.reports.boundary;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.cases.boundary.CaseFilterParams;
import kz.qorgau.cases.control.CaseRow;
import kz.qorgau.cases.control.CaseService;
import kz.qorgau.earlywarning.control.StudentEvaluation;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.reports.control.CaseListWorkbook;
import kz.qorgau.security.Caller;

/** Excel exports. Each one is an audit event with its row count. */
@Path("reports")
@RequestScoped
public class ReportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    CaseService cases;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("cases.xlsx")
    @Produces(XLSX)
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public Response caseList(@QueryParam("level") String level, @QueryParam("status") String status) {
        Locale locale = Languages.of(headers, uri);
        List<CaseRow> rows = cases.exportRows(CaseFilterParams.of(level, status, null), caller, locale);
        StreamingOutput body = out -> new CaseListWorkbook(locale, StudentEvaluation.KAZAKHSTAN).write(rows, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"qorgau-cases-" + LocalDate.now() + ".xlsx\"")
                .build();
    }
}
