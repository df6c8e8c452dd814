package kz.qorgau.bench;

import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import kz.qorgau.platform.Messages;

/**
 * The case-list export of issue 5 on the whole stack: a list of 1,000,000 cases (by default) written in the
 * background through the REST API with a real token, beside the bare floor of the library underneath, measured in
 * the same run: {@link SXSSFWorkbook} writing the same cells (read from PostgreSQL beforehand, not timed) to a file.
 * Also the live heap the export adds to the server, read over JMX after forced collections while it runs.
 * Goal: at most 1.3x the floor, heap growth under 256 MB.
 */
public final class CaseListExportBenchmark {

    private static final long REGION = BenchStack.REGION;
    private static final ZoneId KAZAKHSTAN = BenchStack.KAZAKHSTAN;
    /** The generated cases' ids start here, far above anything the sequences hand out. */
    private static final long FIRST_CASE = 1_000_000_000L;
    private static final int WINDOW = 200;
    private static final double GOAL_RATIO = 1.3;
    private static final long GOAL_HEAP_MB = 256;
    private static final String[] HEADINGS = {"case", "iin", "student", "school-id", "school", "level", "status",
            "opened", "first-contact-due", "closed", "rules", "assignees"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final StringBuilder report = new StringBuilder();
    private final Locale locale = Locale.forLanguageTag(System.getProperty("bench.lang", "ru"));
    private final int runs = Integer.getInteger("bench.runs", 3);
    private BenchStack stack;
    private String token;
    private Instant tokenAt = Instant.EPOCH;

    public static void main(String[] args) throws Exception {
        new CaseListExportBenchmark().run();
    }

    private void run() throws Exception {
        int students = Integer.getInteger("bench.students", 430_000);
        int cases = Integer.getInteger("bench.cases", 1_000_000);
        Path work = Path.of(System.getProperty("qorgau.work"));
        try (BenchStack started = BenchStack.start(work)) {
            stack = started;
            line("Qorgau case-list export benchmark, %s, %d cores, Java %s", LocalDate.now(KAZAKHSTAN),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            LocalDate to = LocalDate.now(KAZAKHSTAN);
            LocalDate from = to.minusDays(731);
            List<Object[]> rows;
            try (Connection db = stack.database()) {
                line(BenchStack.generateRegion(db, students));
                insertCases(db, cases);
                rows = readRows(db, from, to);
                if (Boolean.getBoolean("bench.explain")) {
                    explain(db, from, to);
                }
            }
            if (rows.size() != cases) {
                throw new IllegalStateException("the list holds " + rows.size() + " rows, not " + cases);
            }
            try (ServerHeap heap = ServerHeap.ofBenchServer()) {
                measure(rows, from, to, cases, heap, work);
            }
            System.out.println();
            System.out.println(report);
        }
    }

    private void measure(List<Object[]> rows, LocalDate from, LocalDate to, int cases, ServerHeap heap, Path work)
            throws Exception {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Double> floors = new ArrayList<>();
        List<Export> exports = new ArrayList<>();
        Path floorFile = work.resolve("floor.xlsx");
        for (int i = 0; i < runs; i++) {
            floors.add(floor(rows, floorFile));
            exports.add(export(from, to, cases, heap, false, work));
        }
        long floorSize = Files.size(floorFile);
        Files.delete(floorFile);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Export heapRun = export(from, to, cases, heap, true, work);
        double floor = floors.stream().min(Double::compare).orElseThrow();
        Export best = exports.stream().min((a, b) -> Double.compare(a.seconds, b.seconds)).orElseThrow();
        line("");
        line("Case list of %,d cases, %s to %s, region %d, language %s (SXSSF window %d):", cases, from, to,
                REGION, locale, WINDOW);
        line("| run | request to COMPLETED | with the download | rows | file | peak heap used (no forced GC) |");
        line("| --- | --- | --- | --- | --- | --- |");
        for (int i = 0; i < exports.size(); i++) {
            Export e = exports.get(i);
            line("| export %d | %.1f s | %.1f s | %,d | %.1f MB | %d MB |", i + 1, e.seconds, e.wallSeconds, e.rows,
                    e.fileSize / 1e6, e.peakUsedMb);
        }
        line("| export %d, a forced GC every 2 s (heap run, not timed against the floor) | %.1f s | %.1f s | %,d |"
                + " %.1f MB | |", exports.size() + 1, heapRun.seconds, heapRun.wallSeconds, heapRun.rows,
                heapRun.fileSize / 1e6);
        for (int i = 0; i < floors.size(); i++) {
            line("| floor %d: bare SXSSF, the same cells from memory to a file | %.1f s | | %,d | %.1f MB | |",
                    i + 1, floors.get(i), rows.size(), floorSize / 1e6);
        }
        line("Export %.1f s = %.2fx the floor of %.1f s (best of %d each; goal: at most %.1fx)", best.seconds,
                best.seconds / floor, floor, runs, GOAL_RATIO);
        line("Load average of the machine (%d cores, shared): %.1f before the timed runs, %.1f after them",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        line("heap growth: %d MB (limit %d MB): live heap after forced GCs during the export, %d MB at most,"
                + " against %d MB before it (server heap max %d MB)", heapRun.liveMaxMb - heapRun.baselineMb,
                GOAL_HEAP_MB, heapRun.liveMaxMb, heapRun.baselineMb, heap.maxMb());
        boolean met = best.seconds / floor <= GOAL_RATIO && heapRun.liveMaxMb - heapRun.baselineMb < GOAL_HEAP_MB;
        line(met ? "Both goals met." : "GOAL NOT MET.");
    }

    /**
     * {@code count} cases spread over the region's students and the last 730 days, newest student by student: at
     * most one open case per student (a tenth of the first round), every other case closed within 90 days; each
     * with one to three reasons and one or two assignees.
     */
    private void insertCases(Connection db, int count) throws SQLException {
        long began = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            // The embedded server commits asynchronously; VACUUM marks a page all-visible only once the commits of
            // its rows are flushed, which a synchronous commit does at once.
            sql.execute("set synchronous_commit = on");
            // Row by row, V18's triggers would rewrite each case once per reason and assignee; filled at once below.
            sql.execute("alter table case_reason disable trigger case_reason_list");
            sql.execute("alter table case_assignment disable trigger case_assignment_list");
            sql.execute("""
                    create temp table bench_student as
                    select (row_number() over (order by s.id) - 1)::int as n, s.id
                    from student s join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                    where d.region_id = %d""".formatted(REGION));
            sql.execute("create index on bench_student (n)");
            sql.execute("analyze bench_student");
            sql.execute("""
                    insert into early_warning_case (id, student_id, status, level, opened_at, first_contact_due,
                                                    closed_at, version, updated_at, episode_started_at)
                    select %1$d::bigint + g, bs.id, o.status, (array['LOW','MEDIUM','HIGH','CRITICAL'])[g %% 4 + 1],
                           o.opened_at, o.opened_at + interval '3 days',
                           case when o.status = 'CLOSED'
                                then least(o.opened_at + (g %% 90 + 1) * interval '1 day', now()) end,
                           0, o.opened_at, o.opened_at
                    from generate_series(0, %2$d - 1) g
                         join bench_student bs on bs.n = g %% (select count(*) from bench_student)
                         cross join lateral (select now() - (g::bigint * 7919 %% (730 * 1440)) * interval '1 minute'
                                                 as opened_at,
                                             case when g < (select count(*) from bench_student) and g %% 10 = 0
                                                  then (array['NEW','ASSIGNED','IN_PROGRESS','MONITORING'])
                                                       [g / 10 %% 4 + 1]
                                                  else 'CLOSED' end as status) o
                    """.formatted(FIRST_CASE, count));
            sql.execute("""
                    insert into case_reason (id, case_id, rule_id, level, raised_at, rule_version)
                    select 4 * %1$d::bigint + (c.id - %1$d) * 4 + k, c.id,
                           'EW-' || lpad(((c.id + k * 5) %% 13 + 1)::text, 2, '0'), c.level, c.opened_at, '1'
                    from early_warning_case c cross join generate_series(1, 3) k
                    where c.id >= %1$d and k <= 1 + c.id %% 3""".formatted(FIRST_CASE));
            sql.execute("""
                    insert into case_assignment (id, case_id, username, role, assigned_at)
                    select 6 * %1$d::bigint + (c.id - %1$d) * 2 + k, c.id,
                           case k when 1 then 'psychologist' || c.id %% 500 else 'socped' || c.id %% 300 end,
                           case k when 1 then 'PSYCHOLOGIST' else 'SOCIAL_PEDAGOGUE' end, c.opened_at
                    from early_warning_case c cross join generate_series(1, 2) k
                    where c.id >= %1$d and k <= 1 + c.id %% 2""".formatted(FIRST_CASE));
            sql.execute("drop table bench_student");
            // The case rows' rule ids and assignees at once, as V18's triggers keep them one change at a time.
            sql.execute("""
                    update early_warning_case c set rule_ids = r.ids
                    from (select case_id, string_agg(rule_id, ', ' order by rule_id) as ids from case_reason
                          where case_id >= %1$d group by case_id) r
                    where r.case_id = c.id""".formatted(FIRST_CASE));
            sql.execute("""
                    update early_warning_case c set assignees = a.names
                    from (select case_id, string_agg(distinct username, ', ') as names from case_assignment
                          where case_id >= %1$d group by case_id) a
                    where a.case_id = c.id""".formatted(FIRST_CASE));
            sql.execute("alter table case_reason enable trigger case_reason_list");
            sql.execute("alter table case_assignment enable trigger case_assignment_list");
            // As autovacuum leaves tables written long ago: statistics, and pages marked all-visible for
            // index-only scans of the reasons and assignments.
            sql.execute("vacuum analyze early_warning_case, case_reason, case_assignment");
            try (ResultSet counts = sql.executeQuery("""
                    select (select count(*) from early_warning_case), (select count(*) from case_reason),
                           (select count(*) from case_assignment),
                           (select count(*) from early_warning_case where status <> 'CLOSED')""")) {
                counts.next();
                line("Inserted %,d cases (%,d open), %,d reasons, %,d assignments in %.1f s", counts.getLong(1),
                        counts.getLong(4), counts.getLong(2), counts.getLong(3), (System.nanoTime() - began) / 1e9);
            }
        }
    }

    /**
     * The cells of the list as the export writes them, in its order: the same query (CaseListReport's, for a
     * national reader and one region), the same names, labels and local date-times. Read once, not timed.
     */
    private List<Object[]> readRows(Connection db, LocalDate from, LocalDate to) throws SQLException {
        long began = System.nanoTime();
        Map<String, String> labels = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        String query = query();
        List<Object[]> rows = new ArrayList<>();
        db.setAutoCommit(false);
        try (PreparedStatement select = db.prepareStatement(query)) {
            select.setLong(1, REGION);
            select.setObject(2, to.plusDays(1).atStartOfDay(KAZAKHSTAN).toOffsetDateTime());
            select.setObject(3, from.atStartOfDay(KAZAKHSTAN).toOffsetDateTime());
            select.setFetchSize(2_000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String middle = rs.getString(5);
                    String name = rs.getString(3) + " " + rs.getString(4) + (middle == null ? "" : " " + middle);
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2).strip(), name, rs.getLong(6),
                            shared.computeIfAbsent(rs.getString(7), s -> s),
                            labels.computeIfAbsent("level." + rs.getString(8), k -> Messages.text(locale, k)),
                            labels.computeIfAbsent("status." + rs.getString(9), k -> Messages.text(locale, k)),
                            local(rs, 10), local(rs, 11), local(rs, 12), rs.getString(13), rs.getString(14)});
                }
            }
        } finally {
            db.commit();
            db.setAutoCommit(true);
        }
        System.out.printf("read %,d rows for the floor in %.1f s (not timed)%n", rows.size(),
                (System.nanoTime() - began) / 1e9);
        return rows;
    }

    /** CaseListReport's query for a national reader and one region. */
    private String query() {
        return """
                select c.id, s.iin, s.last_name, s.first_name, s.middle_name, sc.id, sc.name_%s, c.level, c.status,
                       c.opened_at, c.first_contact_due, c.closed_at,
                       c.rule_ids, c.assignees
                from early_warning_case c join student s on s.id = c.student_id join school sc on sc.id = s.school_id
                     join district d on d.id = sc.district_id
                where d.region_id = ? and c.opened_at < ? and (c.closed_at is null or c.closed_at >= ?)
                order by c.opened_at desc, c.id desc""".formatted(locale.getLanguage());
    }

    /** With -Dbench.explain=true: where PostgreSQL spends its time on the list's query, printed to the log. */
    private void explain(Connection db, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement explain = db.prepareStatement("explain (analyze, buffers) " + query())) {
            explain.setLong(1, REGION);
            explain.setObject(2, to.plusDays(1).atStartOfDay(KAZAKHSTAN).toOffsetDateTime());
            explain.setObject(3, from.atStartOfDay(KAZAKHSTAN).toOffsetDateTime());
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println(plan.getString(1));
                }
            }
        }
    }

    private static LocalDateTime local(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : LocalDateTime.ofInstant(value.toInstant(), KAZAKHSTAN);
    }

    /**
     * Bare SXSSF: the same window, cell types and styles, a heading row, frozen, filtered, the columns sized; the
     * rows from memory to a file on disk, the workbook closed (its temporary file deleted) as the export does.
     */
    private double floor(List<Object[]> rows, Path file) throws Exception {
        long began = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            DataFormat formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(formats.getFormat("#,##0"));
            integer.setAlignment(HorizontalAlignment.RIGHT);
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(formats.getFormat(
                    ("en".equals(locale.getLanguage()) ? "yyyy-mm-dd" : "dd.mm.yyyy") + " hh:mm"));
            dateTime.setAlignment(HorizontalAlignment.RIGHT);
            SXSSFSheet sheet = workbook.createSheet(Messages.text(locale, "report.cases.sheet"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(Messages.text(locale, "report.cases.column." + HEADINGS[c]));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    Object value = values[c];
                    if (value instanceof Long n) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(integer);
                    } else if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof LocalDateTime at) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(at);
                        cell.setCellStyle(dateTime);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, HEADINGS.length - 1));
            for (int c = 0; c < HEADINGS.length; c++) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("floor: %,d rows with bare SXSSF in %.1f s, %,d bytes%n", rows.size(), seconds,
                Files.size(file));
        return seconds;
    }

    /** One background export followed to its end and downloaded; the server's heap sampled meanwhile. */
    private Export export(LocalDate from, LocalDate to, int cases, ServerHeap heap, boolean forceGc, Path work)
            throws Exception {
        long baseline = forceGc ? heap.liveMb() : 0;
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong peak = new AtomicLong();
        AtomicLong liveMax = new AtomicLong(baseline);
        AtomicReference<String> histogramAtMax = new AtomicReference<>("");
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    if (forceGc) {
                        String histogram = heap.liveHistogram();
                        long live = heap.afterLastFullGcMb();
                        if (live > liveMax.get()) {
                            liveMax.set(live);
                            histogramAtMax.set(histogram);
                        }
                        Thread.sleep(2_000);
                    } else {
                        peak.accumulateAndGet(heap.usedMb(), Math::max);
                        Thread.sleep(250);
                    }
                } catch (Exception e) {
                    if (running.get()) {
                        System.err.println("heap sampling: " + e);
                    }
                    return;
                }
            }
        }, "heap-sampler");
        long began = System.nanoTime();
        JsonObject run = get("reports/cases.xlsx?from=%s&to=%s&regionId=%d&async=true&lang=%s".formatted(from, to,
                REGION, locale.getLanguage()), 202);
        sampler.start();
        long id = run.getJsonNumber("id").longValue();
        while (!run.getString("status").matches("COMPLETED|FAILED")) {
            Thread.sleep(250);
            run = get("report-runs/" + id, 200);
        }
        running.set(false);
        sampler.interrupt();
        sampler.join();
        if (!run.getString("status").equals("COMPLETED")) {
            throw new IllegalStateException("the export ended " + run);
        }
        long rows = run.getJsonNumber("rowsWritten").longValue();
        if (rows != cases) {
            throw new IllegalStateException("the export wrote " + rows + " rows, not " + cases + ": " + run);
        }
        Path file = work.resolve("export.xlsx");
        HttpResponse<Path> download = http.send(HttpRequest.newBuilder(URI.create(stack.api() + run.getString("file")))
                .header("Authorization", "Bearer " + token()).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofFile(file));
        double wall = (System.nanoTime() - began) / 1e9;
        long size = Files.size(file);
        Files.delete(file);
        if (download.statusCode() != 200 || size != run.getJsonNumber("fileSize").longValue()) {
            throw new IllegalStateException("the download answered " + download.statusCode() + " with " + size
                    + " bytes: " + run);
        }
        double seconds = Duration.between(Instant.parse(run.getString("requestedAt")),
                Instant.parse(run.getString("finishedAt"))).toMillis() / 1000.0;
        long after = forceGc ? heap.liveMb() : 0;
        if (forceGc) {
            System.out.println("the server's live objects at the highest sample:");
            histogramAtMax.get().lines().limit(18).forEach(System.out::println);
        }
        System.out.printf("export: %.1f s (%.1f s with the download), %,d rows, %,d bytes%s%n", seconds, wall, rows,
                size, forceGc ? ", live heap %d MB before, %d MB at most, %d MB after".formatted(baseline,
                        liveMax.get(), after) : ", peak heap used %d MB".formatted(peak.get()));
        return new Export(seconds, wall, rows, size, peak.get(), baseline, liveMax.get());
    }

    private record Export(double seconds, double wallSeconds, long rows, long fileSize, long peakUsedMb,
                          long baselineMb, long liveMaxMb) {
    }

    private String token() throws Exception {
        if (Duration.between(tokenAt, Instant.now()).toSeconds() > 60) {
            token = stack.token("admin1");
            tokenAt = Instant.now();
        }
        return token;
    }

    private JsonObject get(String path, int expected) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.api() + path))
                .header("Authorization", "Bearer " + token()).timeout(Duration.ofMinutes(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private void line(String format, Object... arguments) {
        String text = arguments.length == 0 ? format : String.format(format, arguments);
        report.append(text).append('\n');
        System.out.println(text);
    }
}
