package kz.qorgau.earlywarning.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import kz.qorgau.earlywarning.rules.AbsenceSignal;
import kz.qorgau.earlywarning.rules.FamilyRegistrationSignal;
import kz.qorgau.earlywarning.rules.IncidentSignal;
import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.OpenConcealmentFlag;
import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.earlywarning.rules.PoliceRegistrationSignal;
import kz.qorgau.earlywarning.rules.RaidDeliverySignal;
import kz.qorgau.earlywarning.rules.RiskIndicator;
import kz.qorgau.earlywarning.rules.SchoolStaffing;
import kz.qorgau.earlywarning.rules.SessionSignal;
import kz.qorgau.earlywarning.rules.SiblingCaseSignal;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.earlywarning.rules.StudentFact;
import kz.qorgau.earlywarning.rules.SurveySignal;
import kz.qorgau.earlywarning.rules.Thresholds;
import kz.qorgau.platform.Kazakhstan;

/**
 * Reads what the rules need about many students with plain JDBC: the students, every kind of signal within the
 * longest window of the catalogue, their schools' staffing, their siblings' open cases and their open concealment
 * flags. One statement per kind of record for a whole block of students, so a region of hundreds of thousands of
 * children is a few thousand statements, not millions of entity loads. The same reader serves one new signal (a block of one student) and
 * the nightly region job, so both see exactly the same facts.
 */
public final class RegionSignals {

    /** The active students of a region between two ids; parameters: region, first id, last id. */
    private static final String REGION_BLOCK = """
            with block as (
                select s.id, s.school_id, s.family_id from student s
                join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                where d.region_id = ? and s.id between ? and ? and s.status = 'ACTIVE')
            """;

    /** The given students; parameter: an array of ids. */
    private static final String STUDENTS_BLOCK = """
            with block as (
                select s.id, s.school_id, s.family_id from student s where s.id = any (?))
            """;

    private static final String STUDENTS = "select b.id, b.school_id, b.family_id from block b";

    /*
     * Each signal statement also bounds the student id by the block's range, so that the planner walks the
     * (student_id, ...) index over that range instead of hashing a whole table for every block.
     */

    private static final String SESSIONS = """
            select ps.id, ps.student_id, ps.session_date,
                   (select string_agg(si.indicator, ',') from session_indicator si where si.session_id = ps.id)
            from psychologist_session ps join block b on b.id = ps.student_id
            where ps.student_id between (select min(id) from block) and (select max(id) from block)
              and ps.session_date >= ?""";

    private static final String INCIDENTS = """
            select i.id, p.student_id, i.occurred_on, i.time_of_day, i.type, p.role, i.source, i.on_school_grounds
            from incident_participant p join block b on b.id = p.student_id join incident i on i.id = p.incident_id
            where p.student_id between (select min(id) from block) and (select max(id) from block)
              and i.occurred_on >= ?""";

    /** Results of opted-out children stay on file but are not the rules' to use. */
    private static final String SURVEY_RESULTS = """
            select r.id, r.student_id, r.taken_on, r.scale_code, r.score, sc.threshold, sc.suicide_risk
            from survey_result r join block b on b.id = r.student_id
            join survey_campaign c on c.id = r.campaign_id
            join survey_scale sc on sc.instrument_id = c.instrument_id and sc.code = r.scale_code
            where r.student_id between (select min(id) from block) and (select max(id) from block)
              and r.taken_on >= ? and not exists (select 1 from survey_opt_out o where o.student_id = r.student_id)""";

    private static final String POLICE_REGISTRATIONS = """
            select pr.id, pr.student_id, pr.registered_on, pr.removed_on
            from police_registration pr join block b on b.id = pr.student_id
            where pr.student_id between (select min(id) from block) and (select max(id) from block)
              and (pr.removed_on is null or pr.removed_on >= ?)""";

    private static final String RAID_DELIVERIES = """
            select rd.id, rd.student_id, rd.delivered_on
            from raid_delivery rd join block b on b.id = rd.student_id
            where rd.student_id between (select min(id) from block) and (select max(id) from block)
              and rd.delivered_on >= ?""";

    private static final String ABSENCES = """
            select a.id, a.student_id, a.period_start, a.period_end, a.unexcused_days
            from absence a join block b on b.id = a.student_id
            where a.student_id between (select min(id) from block) and (select max(id) from block)
              and a.period_end >= ?""";

    private static final String FAMILY_REGISTRATIONS = """
            select fr.id, b.id, fr.family_id, fr.registered_on, fr.removed_on
            from family_police_registration fr join block b on b.family_id = fr.family_id
            where fr.removed_on is null or fr.removed_on >= ?""";

    /** Siblings at any school, in any region: a family does not stop at a district line. */
    private static final String SIBLING_CASES = """
            select c.id, b.id, sib.id, c.level, c.opened_at
            from block b join student sib on sib.family_id = b.family_id and sib.id <> b.id
            join early_warning_case c on c.student_id = sib.id
            where c.status <> 'CLOSED' and c.level in ('HIGH', 'CRITICAL') and c.opened_at >= ?""";

    private static final String STAFFING = """
            select d.school_id, d.role from staff_designation d
            where d.school_id in (select distinct b.school_id from block b)""";

    /** Flags still open, which the school's own report may withdraw (EW-11). */
    private static final String OPEN_FLAGS = """
            select f.student_id, f.incident_id from concealment_flag f join block b on b.id = f.student_id
            where f.status = 'OPEN'""";

    /** The statements that read no window: the students themselves, their schools' staff, their open flags. */
    private static final Set<String> TIMELESS = Set.of(STUDENTS, STAFFING, OPEN_FLAGS);

    private final Connection connection;
    private final long regionId;
    private final LocalDate since;

    public RegionSignals(Connection connection, long regionId, LocalDate today, Thresholds thresholds) {
        this(connection, regionId, today.minusDays(thresholds.longestWindowDays()));
    }

    /** Reads every signal from {@code since} on: a dry run over past months needs more than today's windows. */
    public RegionSignals(Connection connection, long regionId, LocalDate since) {
        this.connection = connection;
        this.regionId = regionId;
        this.since = since;
    }

    /**
     * The statements a block is read with, each after the region block head, taking the parameters region id,
     * first student id, last student id and, where a fourth placeholder follows, the first day of the window: what
     * a bare read of the same rows runs.
     */
    public static List<String> queries() {
        return statements().stream().map(s -> REGION_BLOCK + s).toList();
    }

    /** The ids of the region's active students in ascending order. */
    public static List<Long> studentIds(Connection connection, long regionId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement =
                     connection.prepareStatement(REGION_BLOCK + "select b.id from block b order by b.id")) {
            statement.setLong(1, regionId);
            statement.setLong(2, Long.MIN_VALUE);
            statement.setLong(3, Long.MAX_VALUE);
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** How many active students the region has. */
    public static int countStudents(Connection connection, long regionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REGION_BLOCK + "select count(*) from block")) {
            statement.setLong(1, regionId);
            statement.setLong(2, Long.MIN_VALUE);
            statement.setLong(3, Long.MAX_VALUE);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Reads the region in blocks of {@code blockSize} students, in id order. */
    public void forEachBlock(int blockSize, Consumer<StudentBlock> consumer) {
        try {
            List<Long> ids = studentIds(connection, regionId);
            for (int from = 0; from < ids.size(); from += blockSize) {
                int to = Math.min(from + blockSize, ids.size()) - 1;
                consumer.accept(block(ids.get(from), ids.get(to), to - from + 1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("signals of region " + regionId + " could not be read", e);
        }
    }

    /** The facts of the region's active students with ids from {@code first} to {@code last}. */
    public StudentBlock block(long first, long last, int students) throws SQLException {
        List<Object> facts = new ArrayList<>();
        for (String statement : statements()) {
            try (PreparedStatement query = connection.prepareStatement(REGION_BLOCK + statement)) {
                query.setLong(1, regionId);
                query.setLong(2, first);
                query.setLong(3, last);
                new Reader(since).read(query, statement, facts, 4);
            }
        }
        return new StudentBlock(first, last, students, facts);
    }

    /** The facts of the given students, whatever their region: the evaluation of a new signal. */
    public static List<Object> ofStudents(Connection connection, Collection<Long> studentIds, LocalDate today,
                                          Thresholds thresholds) throws SQLException {
        LocalDate since = today.minusDays(thresholds.longestWindowDays());
        List<Object> facts = new ArrayList<>();
        Array ids = connection.createArrayOf("bigint", studentIds.toArray());
        for (String statement : statements()) {
            try (PreparedStatement query = connection.prepareStatement(STUDENTS_BLOCK + statement)) {
                query.setArray(1, ids);
                new Reader(since).read(query, statement, facts, 2);
            }
        }
        return facts;
    }

    private static List<String> statements() {
        return List.of(STUDENTS, SESSIONS, INCIDENTS, SURVEY_RESULTS, POLICE_REGISTRATIONS, RAID_DELIVERIES,
                ABSENCES, FAMILY_REGISTRATIONS, SIBLING_CASES, STAFFING, OPEN_FLAGS);
    }

    /** Turns the rows of one statement into facts. */
    private record Reader(LocalDate since) {

        void read(PreparedStatement query, String statement, List<Object> facts, int sinceParameter)
                throws SQLException {
            if (!TIMELESS.contains(statement)) {
                query.setDate(sinceParameter, Date.valueOf(since));
            }
            query.setFetchSize(5_000);
            try (ResultSet rows = query.executeQuery()) {
                if (STAFFING.equals(statement)) {
                    staffing(rows, facts);
                    return;
                }
                while (rows.next()) {
                    facts.add(fact(statement, rows));
                }
            }
        }

        private static Object fact(String statement, ResultSet r) throws SQLException {
            return switch (statement) {
                case STUDENTS -> new StudentFact(r.getLong(1), r.getLong(2), (Long) r.getObject(3));
                case SESSIONS -> new SessionSignal(r.getLong(1), r.getLong(2), date(r, 3), indicators(r.getString(4)));
                case INCIDENTS -> new IncidentSignal(r.getLong(1), r.getLong(2), date(r, 3), time(r, 4),
                        IncidentType.valueOf(r.getString(5)), ParticipantRole.valueOf(r.getString(6)),
                        IncidentSource.valueOf(r.getString(7)), (Boolean) r.getObject(8));
                case SURVEY_RESULTS -> new SurveySignal(r.getLong(1), r.getLong(2), date(r, 3), r.getString(4),
                        r.getDouble(5), r.getDouble(6), r.getBoolean(7));
                case POLICE_REGISTRATIONS -> new PoliceRegistrationSignal(r.getLong(1), r.getLong(2), date(r, 3),
                        date(r, 4));
                case RAID_DELIVERIES -> new RaidDeliverySignal(r.getLong(1), r.getLong(2), date(r, 3));
                case ABSENCES -> new AbsenceSignal(r.getLong(1), r.getLong(2), date(r, 3), date(r, 4), r.getInt(5));
                case FAMILY_REGISTRATIONS -> new FamilyRegistrationSignal(r.getLong(1), r.getLong(2), r.getLong(3),
                        date(r, 4), date(r, 5));
                case SIBLING_CASES -> new SiblingCaseSignal(r.getLong(1), r.getLong(2), r.getLong(3),
                        Level.valueOf(r.getString(4)),
                        r.getTimestamp(5).toInstant().atZone(Kazakhstan.TIME_ZONE).toLocalDate());
                case OPEN_FLAGS -> new OpenConcealmentFlag(r.getLong(1), r.getLong(2));
                default -> throw new IllegalArgumentException(statement);
            };
        }

        /** One fact per school that designated anybody; a school without one has none, which the rules read as nobody. */
        private static void staffing(ResultSet rows, List<Object> facts) throws SQLException {
            Map<Long, Set<StaffRole>> bySchool = new HashMap<>();
            while (rows.next()) {
                bySchool.computeIfAbsent(rows.getLong(1), s -> EnumSet.noneOf(StaffRole.class))
                        .add(StaffRole.valueOf(rows.getString(2)));
            }
            bySchool.forEach((school, roles) -> facts.add(new SchoolStaffing(school, roles)));
        }

        private static Set<RiskIndicator> indicators(String joined) {
            Set<RiskIndicator> set = EnumSet.noneOf(RiskIndicator.class);
            if (joined != null) {
                for (String name : joined.split(",")) {
                    set.add(RiskIndicator.valueOf(name));
                }
            }
            return set;
        }

        private static LocalDate date(ResultSet r, int column) throws SQLException {
            Date date = r.getDate(column);
            return date == null ? null : date.toLocalDate();
        }

        private static LocalTime time(ResultSet r, int column) throws SQLException {
            Time time = r.getTime(column);
            return time == null ? null : time.toLocalTime();
        }
    }
}
