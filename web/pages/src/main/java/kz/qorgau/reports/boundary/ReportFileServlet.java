package kz.qorgau.reports.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.QueryParams;
import kz.qorgau.reports.control.Period;
import kz.qorgau.reports.control.ReportNotReady;
import kz.qorgau.reports.control.ReportRequest;
import kz.qorgau.reports.control.ReportRuns;
import kz.qorgau.reports.control.Reports;
import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * The workbooks the reports page offers, downloaded with the browser's login: {@code ?run=ID} a finished background
 * run of the reader's own; else a small report written while the reader waits, from the parameters the page checked
 * ({@code report}, {@code from}, {@code to}, {@code regionId|districtId|schoolId}, {@code language}), checked again
 * here. Either download is an audited export. Not {@code lang}: that would switch the pages' language.
 */
@WebServlet("/ui/report-file")
public class ReportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    Reports reports;

    @EJB
    ReportRuns runs;

    /** Request-scoped: a servlet lives as long as the application, its callers one request each. */
    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getParameter("run") != null) {
                ReportRuns.Download file = runs.download(optional(request, "run"), callers.caller());
                start(response, file.name());
                Files.copy(file.file(), response.getOutputStream());
            } else {
                ReportRequest asked = asked(request);
                if (reports.inBackground(reports.expectedRows(asked))) {
                    response.sendError(HttpServletResponse.SC_CONFLICT, language.text("reports.too-large"));
                    return;
                }
                start(response, asked.fileName());
                reports.export(asked, response.getOutputStream());
            }
        } catch (QorgauException e) {
            response.sendError(status(e), Messages.text(language.getLocale(), e.messageKey(), e.arguments()));
        }
    }

    private ReportRequest asked(HttpServletRequest request) {
        ReportKind kind = ReportKind.ofSlug(String.valueOf(request.getParameter("report")))
                .orElseThrow(() -> new RecordNotFound("report", request.getParameter("report")));
        Period period = Period.of(QueryParams.optionalDate("from", request.getParameter("from")),
                QueryParams.optionalDate("to", request.getParameter("to")),
                LocalDate.now(Kazakhstan.TIME_ZONE));
        String code = request.getParameter("language");
        Locale workbook = Messages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(code)).findFirst()
                .orElse(language.getLocale());
        return reports.request(kind, period, optional(request, "regionId"), optional(request, "districtId"),
                optional(request, "schoolId"), null, null, callers.caller(), workbook);
    }

    private static void start(HttpServletResponse response, String name) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "no-store");
    }

    private static int status(QorgauException e) {
        if (e instanceof RecordNotFound) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (e instanceof NotPermitted) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        return e instanceof ReportNotReady ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST;
    }

    /** An id as the page wrote it; anything else names no record. */
    private static Long optional(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new RecordNotFound(name, value);
        }
    }
}
