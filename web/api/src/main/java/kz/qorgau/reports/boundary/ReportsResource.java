package kz.qorgau.reports.boundary;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.QueryParams;
import kz.qorgau.reports.control.Period;
import kz.qorgau.reports.control.ReportRequest;
import kz.qorgau.reports.control.ReportRunView;
import kz.qorgau.reports.control.ReportRuns;
import kz.qorgau.reports.control.Reports;
import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.security.Caller;

/**
 * The Excel workbooks of docs/PRODUCT.md section 6. A small one is written while the reader waits; one over the size
 * threshold answers 202 with a background run to follow at {@code /report-runs/{id}}.
 */
@Path("reports")
@RequestScoped
public class ReportsResource {

    @Inject
    Clock clock;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PASSWORD = "X-Workbook-Password";

    @EJB
    Reports reports;

    @EJB
    ReportRuns runs;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** The reports this reader may ask for, with their titles in the reader's language. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportEntry> catalogue() {
        Locale locale = Languages.of(headers, uri);
        return reports.available(caller).stream()
                .map(k -> new ReportEntry(k.slug(), Messages.text(locale, "report." + k.slug() + ".title"),
                        k.statistical(), "reports/" + k.slug() + ".xlsx"))
                .toList();
    }

    /** One report of the catalogue and the link to ask for it. */
    public record ReportEntry(String report, String title, boolean statistical, String path) {
    }

    /**
     * The workbook for a period ({@code from}, {@code to}; this year so far by default; never past today) and a part
     * of the reader's jurisdiction ({@code regionId}, {@code districtId} or {@code schoolId}; all of it by default).
     * {@code async=true} asks for a background run whatever the size. The case list can be asked for with
     * {@code names=initials} (names cut to initials, IINs left out) and encrypted with the password given in the
     * {@code X-Workbook-Password} header, never in the address, which servers log; an encrypted one is always
     * written while the reader waits, as the password is not kept.
     */
    @GET
    @Path("{report}.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response workbook(@PathParam("report") String slug, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("regionId") Long regionId,
                             @QueryParam("districtId") Long districtId, @QueryParam("schoolId") Long schoolId,
                             @QueryParam("level") String level, @QueryParam("status") String status,
                             @QueryParam("async") boolean async, @QueryParam("names") String names,
                             @HeaderParam(PASSWORD) String password) {
        ReportKind kind = ReportKind.ofSlug(slug).orElseThrow(() -> new RecordNotFound("report", slug));
        Locale locale = Languages.of(headers, uri);
        Period period = Period.of(QueryParams.optionalDate("from", from), QueryParams.optionalDate("to", to),
                LocalDate.now(clock));
        ReportRequest request = reports.request(kind, period, regionId, districtId, schoolId,
                QueryParams.optionalEnum(Level.class, "level", level),
                QueryParams.optionalEnum(CaseStatus.class, "status", status), caller, locale);
        if (kind == ReportKind.CASES && "initials".equals(names)) {
            request = request.withInitials();
        }
        long expected = reports.expectedRows(request);
        if (password == null && (async || reports.inBackground(expected))) {
            ReportRunView run = runs.start(request, expected);
            return Response.accepted(run).type(MediaType.APPLICATION_JSON)
                    .location(URI.create("report-runs/" + run.id())).build();
        }
        ReportRequest asked = request;
        String secret = kind == ReportKind.CASES ? password : null;
        if (secret != null) {
            reports.requireStrong(secret);
        }
        StreamingOutput body = out -> reports.export(asked, secret, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + request.fileName() + "\"")
                .build();
    }
}
