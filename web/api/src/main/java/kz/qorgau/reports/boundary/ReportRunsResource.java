package kz.qorgau.reports.boundary;

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
import jakarta.ws.rs.core.Response;

import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.reports.control.ReportRunView;
import kz.qorgau.reports.control.ReportRuns;
import kz.qorgau.security.Caller;

/** The reader's own background reports: how far each has got, and the file once it is ready. */
@Path("report-runs")
@RequestScoped
public class ReportRunsResource {

    @EJB
    ReportRuns runs;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReportRunView> mine(@BeanParam @Valid PageParams page) {
        return runs.mine(caller, page.page(), page.size());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReportRunView read(@PathParam("id") long id) {
        return runs.read(id, caller);
    }

    /** 409 while the run is still writing; the download is audited as the export. */
    @GET
    @Path("{id}/file")
    @Produces({ReportsResource.XLSX, MediaType.APPLICATION_JSON})
    public Response file(@PathParam("id") long id) {
        ReportRuns.Download download = runs.download(id, caller);
        return Response.ok(download.file().toFile(), ReportsResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + download.name() + "\"")
                .build();
    }
}
