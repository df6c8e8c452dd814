package kz.qorgau.reports.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.control.ScheduledRuns;
import kz.qorgau.platform.control.ThisNode;
import kz.qorgau.reports.entity.ReportRun;
import kz.qorgau.security.Caller;

/**
 * Reports too large to write while the reader waits: written in the background to a file that only the person who
 * asked may download, for a day. The download is the export, and is audited with its row count.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
public class ReportRuns {

    static final String RECORD_TYPE = "report-run";
    private static final Logger LOG = Logger.getLogger(ReportRuns.class.getName());
    private static final Duration KEPT = Duration.ofHours(24);

    @Resource
    ManagedExecutorService executor;

    @EJB
    ReportRunStore store;

    @EJB
    Reports reports;

    @EJB
    AuditTrail audit;

    @EJB
    ScheduledRuns runs;

    @EJB
    ReportRunWatch watch;

    /** Where finished workbooks wait (QORGAU_REPORT_DIR); the server's data directory by default. */
    @Inject
    @ConfigProperty(name = "qorgau.report-dir")
    Optional<String> directory;

    public ReportRunView start(ReportRequest request, long expectedRows) {
        ReportRun run = store.create(new ReportRun(request.kind(), request.locale().getLanguage(),
                request.parameters(), expectedRows, request.caller().username(), request.requestedAt(),
                ThisNode.NAME));
        long id = run.getId();
        watch.started(id);
        executor.submit(() -> write(id, request));
        return ReportRunView.of(run);
    }

    /** A run of the caller's own; another person's runs do not exist for them. */
    public ReportRunView read(long id, Caller caller) {
        return ReportRunView.of(own(id, caller));
    }

    public List<ReportRunView> mine(Caller caller, int page, int size) {
        return store.of(caller.username(), page, size).stream().map(ReportRunView::of).toList();
    }

    /**
     * The finished workbook of the caller's own run, its download recorded as an export.
     *
     * @throws ReportNotReady while the run is still writing, or when it failed
     * @throws RecordNotFound when the run is not the caller's, or its file was removed after a day
     */
    public Download download(long id, Caller caller) {
        ReportRun run = own(id, caller);
        if (run.getStatus() != ReportRun.Status.COMPLETED) {
            throw new ReportNotReady(id, run.getStatus());
        }
        Path file = file(id);
        if (!Files.exists(file)) {
            throw new RecordNotFound("report-file", id);
        }
        audit.recordExport(caller, run.getReport().slug(), id, run.getRowsWritten());
        return new Download(file, fileName(run));
    }

    /**
     * As {@link ReportRequest#fileName()} names a workbook written while the reader waits, from the parameters the
     * run kept: {@code from=2026-01-01&to=2026-11-25&regionId=23} gives {@code 2026-01-01_2026-11-25-region-23}.
     */
    static String fileName(ReportRun run) {
        String from = "";
        String to = "";
        String where = "all";
        for (String pair : run.getParameters().split("&")) {
            String[] kv = pair.split("=", 2);
            switch (kv[0]) {
                case "from" -> from = kv[1];
                case "to" -> to = kv[1];
                case "regionId", "districtId", "schoolId" -> where = kv[0].replace("Id", "") + "-" + kv[1];
                default -> {
                    // level and status filters are on the cover
                }
            }
        }
        return "qorgau-" + run.getReport().slug() + "-" + run.getLanguage() + "-" + from + "_" + to + "-" + where
                + ".xlsx";
    }

    /** A finished workbook on disk and the name to offer it under. */
    public record Download(Path file, String name) {
    }

    private ReportRun own(long id, Caller caller) {
        ReportRun run = store.find(id);
        if (run == null || !run.getRequestedBy().equals(caller.username())) {
            throw new RecordNotFound(RECORD_TYPE, id);
        }
        return run;
    }

    private void write(long id, ReportRequest request) {
        Path part = file(id).resolveSibling(id + ".xlsx.part");
        try {
            Files.createDirectories(part.getParent());
            long rows;
            try (OutputStream out = Files.newOutputStream(part)) {
                rows = reports.write(request, out, written -> store.progress(id, written));
            }
            Files.move(part, file(id), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            store.complete(id, rows, Files.size(file(id)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Report run " + id + " failed", e);
            store.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            try {
                Files.deleteIfExists(part);
            } catch (IOException cleanup) {
                LOG.log(Level.WARNING, "Could not remove " + part, cleanup);
            }
        } finally {
            watch.ended(id);
        }
    }

    /**
     * Workbooks hold children's data: none stays on disk longer than a day. The timer runs without a caller, once in
     * a cluster (the directory is shared), in a transaction for its claim.
     */
    @Schedule(minute = "17", hour = "*")
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void removeOldFiles() {
        if (!runs.claim("report-files-cleanup", Duration.ofHours(1))) {
            return;
        }
        Path dir = file(0).getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant cutoff = Instant.now().minus(KEPT);
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> modified(f).isBefore(cutoff)).forEach(ReportRuns::delete);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list " + dir, e);
        }
    }

    Path file(long id) {
        Path dir = directory.map(Path::of).orElseGet(() -> Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "qorgau-reports"));
        return dir.resolve(id + ".xlsx");
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove " + file, e);
        }
    }
}
