package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.safety.control.SafetyStatistics;
import kz.qorgau.safety.control.SchoolIncidentCount;
import kz.qorgau.safety.control.SchoolSafetyRow;
import kz.qorgau.security.Jurisdiction;

/**
 * docs/PRODUCT.md section 6, school safety: per district and per school, how many schools have a panic button connected
 * to the police console, working CCTV connected to the operational centre and a security company under a current
 * contract; inspections in the period; prescriptions open and overdue at its end; and incidents on school grounds
 * while the school had an open defect.
 */
final class SchoolSafetyReport implements Report {

    private final SafetyStatistics statistics;

    SchoolSafetyReport(SafetyStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public ReportKind kind() {
        return ReportKind.SCHOOL_SAFETY;
    }


    @Override
    public void write(Connection connection, ReportRequest request, ReportBook book) throws SQLException {
        book.cover(book.text("report.school-safety.title"), request, List.of());
        Jurisdiction scope = scope(request);
        Period period = request.period();
        List<SchoolSafetyRow> rows = statistics.schools(scope, period.to(), period.from(), period.to());
        Map<Long, Long> incidents = new LinkedHashMap<>();
        for (SchoolIncidentCount count : statistics.incidentsAtOpenDefects(scope, period.from(), period.to())) {
            incidents.put(count.schoolId(), count.incidents());
        }
        Map<Long, String[]> names = names(connection, request, book);
        Map<Long, Tally> districts = new LinkedHashMap<>();
        names.values().forEach(n -> districts.computeIfAbsent(Long.valueOf(n[3]), id -> new Tally(n[0], n[1])));
        ReportTable schools = book.table("report.safety.by-school.sheet", List.of(
                Column.text("report.column.region"), Column.text("report.column.district"),
                Column.id("report.column.school-id"), Column.text("report.column.school"),
                Column.text("report.safety.column.panic-button"), Column.text("report.safety.column.cctv"),
                Column.text("report.safety.column.contract"), Column.number("report.safety.column.inspections"),
                Column.number("report.safety.column.open"), Column.number("report.safety.column.overdue"),
                Column.count("report.safety.column.incidents")));
        String yes = book.text("report.yes");
        String no = book.text("report.no");
        for (SchoolSafetyRow row : rows) {
            String[] name = names.get(row.schoolId());
            long atDefects = incidents.getOrDefault(row.schoolId(), 0L);
            schools.row(name[0], name[1], row.schoolId(), name[2], row.panicButtonConnected() ? yes : no,
                    row.cctvWorking() && row.cctvConnected() ? yes : no, row.guardContractCurrent() ? yes : no,
                    row.inspections(), row.openPrescriptions(), row.overduePrescriptions(), atDefects);
            districts.computeIfAbsent(row.districtId(), id -> new Tally(name[0], name[1])).add(row, atDefects);
        }
        schools.finish();
        Tally total = new Tally(null, null);
        ReportTable byDistrict = book.table("report.safety.by-district.sheet", List.of(
                Column.text("report.column.region"), Column.text("report.column.district"),
                Column.number("report.staff.column.schools"), Column.number("report.safety.column.panic-button"),
                Column.percent("report.safety.column.panic-button-share"), Column.number("report.safety.column.cctv"),
                Column.percent("report.safety.column.cctv-share"), Column.number("report.safety.column.contract"),
                Column.percent("report.safety.column.contract-share"),
                Column.number("report.safety.column.inspections"), Column.number("report.safety.column.open"),
                Column.number("report.safety.column.overdue"), Column.count("report.safety.column.incidents")));
        for (Tally t : districts.values()) {
            byDistrict.row(t.cells(book, t.region, t.district));
            total.add(t);
        }
        Object[] totals = total.cells(book, null, null);
        byDistrict.totals(totals);
        byDistrict.finish();
        schools.breaksDown(new int[] {0, 1}, 10, byDistrict, new int[] {0, 1}, 12);
        writeCompliance(book, total);
    }

    /** The three shares of the whole scope, with their chart. */
    private static void writeCompliance(ReportBook book, Tally total) {
        ReportTable table = book.table("report.safety.compliance.sheet", List.of(
                Column.text("report.safety.column.measure"), Column.number("report.staff.column.schools"),
                Column.number("report.safety.column.compliant"), Column.percent("report.safety.column.share")));
        String[] measures = {"report.safety.column.panic-button", "report.safety.column.cctv",
                "report.safety.column.contract"};
        long[] compliant = {total.panicButton, total.cctv, total.contract};
        for (int i = 0; i < measures.length; i++) {
            table.row(book.text(measures[i]), total.schools, compliant[i], book.share(compliant[i], total.schools));
        }
        table.finish();
        book.barChart("report.chart.sheet", "report.safety.chart.title", table, 0, "report.chart.axis.share",
                List.of(new ReportBook.Series("report.safety.column.share", 3)));
    }

    /** The scope as a jurisdiction: already checked to lie within the reader's own. */
    private static Jurisdiction scope(ReportRequest request) {
        long id = request.scope().id();
        return switch (request.scope().level()) {
            case JURISDICTION -> request.caller().jurisdiction();
            case REGION -> new Jurisdiction(false, Set.of(id), Set.of(), Set.of());
            case DISTRICT -> new Jurisdiction(false, Set.of(), Set.of(id), Set.of());
            case SCHOOL -> new Jurisdiction(false, Set.of(), Set.of(), Set.of(id));
        };
    }

    /**
     * Region, district and school names by school id in the reader's language, in the report's order; a district
     * without schools is keyed by its negated id, so that it still has its row.
     */
    private static Map<Long, String[]> names(Connection connection, ReportRequest request, ReportBook book)
            throws SQLException {
        Where where = Where.of(request);
        String query = """
                select r.name_%2$s, d.name_%2$s, coalesce(sc.id, -d.id), sc.name_%2$s, d.id
                from district d join region r on r.id = d.region_id left join school sc on sc.district_id = d.id
                where %1$s
                order by r.name_%2$s, d.name_%2$s, d.id, sc.name_%2$s
                """.formatted(where.sql(), Names.column(book.locale()));
        Map<Long, String[]> names = new LinkedHashMap<>();
        try (PreparedStatement select = where.prepare(connection, query, Where.HERE);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getLong(3), new String[] {rs.getString(1), rs.getString(2), rs.getString(4),
                        Long.toString(rs.getLong(5))});
            }
        }
        return names;
    }

    /** A district's (or the scope's) schools, counted as their rows pass by. */
    private static final class Tally {
        final String region;
        final String district;
        long schools;
        long panicButton;
        long cctv;
        long contract;
        long inspections;
        long open;
        long overdue;
        long incidents;

        Tally(String region, String district) {
            this.region = region;
            this.district = district;
        }

        void add(SchoolSafetyRow row, long atDefects) {
            schools++;
            panicButton += row.panicButtonConnected() ? 1 : 0;
            cctv += row.cctvWorking() && row.cctvConnected() ? 1 : 0;
            contract += row.guardContractCurrent() ? 1 : 0;
            inspections += row.inspections();
            open += row.openPrescriptions();
            overdue += row.overduePrescriptions();
            incidents += atDefects;
        }

        void add(Tally other) {
            schools += other.schools;
            panicButton += other.panicButton;
            cctv += other.cctv;
            contract += other.contract;
            inspections += other.inspections;
            open += other.open;
            overdue += other.overdue;
            incidents += other.incidents;
        }

        Object[] cells(ReportBook book, String regionName, String districtName) {
            return new Object[] {regionName, districtName, schools, panicButton, book.share(panicButton, schools),
                    cctv, book.share(cctv, schools), contract, book.share(contract, schools), inspections, open,
                    overdue, incidents};
        }
    }
}
