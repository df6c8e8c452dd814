package kz.qorgau.generator.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.control.NoteCipher;

/**
 * What the writers of a region's tables share: the connection, the note keys, the plan and roster, the ids the
 * students and families were given, and the number of rows written per table.
 */
final class RegionRows {

    private final Connection connection;
    private final NoteCipher notes;
    private final RegionPlan plan;
    private final Roster roster;
    private final long[] studentIds;
    private final long[] familyIds;
    private final Map<String, Long> counts = new LinkedHashMap<>();

    RegionRows(Connection connection, NoteCipher notes, RegionPlan plan, Roster roster) {
        this.connection = connection;
        this.notes = notes;
        this.plan = plan;
        this.roster = roster;
        this.studentIds = new long[roster.students()];
        this.familyIds = new long[roster.families()];
    }

    /** A psychologist's note as the application stores it: encrypted. */
    String sealedNote(String note) {
        return notes.seal(note);
    }

    RegionPlan plan() {
        return plan;
    }

    Roster roster() {
        return roster;
    }

    LocalDate today() {
        return plan.spec().referenceDate();
    }

    PlannedSchool school(int index) {
        return plan.schools().get(index);
    }

    long studentId(int student) {
        return studentIds[student];
    }

    void studentId(int student, long id) {
        studentIds[student] = id;
    }

    long familyId(int family) {
        return familyIds[family];
    }

    void familyId(int family, long id) {
        familyIds[family] = id;
    }

    ReservedIds ids(String sequence) {
        return new ReservedIds(connection, sequence);
    }

    CopyRows copy(String table, String columns) throws SQLException {
        return CopyRows.into(connection, table, columns, null);
    }

    /** A copy into a table whose ids come from {@code sequence}, through {@link CopyRows#nextId()}. */
    CopyRows copy(String table, String columns, String sequence) throws SQLException {
        return CopyRows.into(connection, table, columns, ids(sequence));
    }

    /** Finishes a copy and counts its rows under its table. */
    void finish(String table, CopyRows rows) throws SQLException {
        counts.merge(table, rows.finish(), Long::sum);
    }

    Map<String, Long> counts() {
        return counts;
    }

    /** A local time on a day, as a timestamp with the offset of Kazakhstan on it, never after the reference date. */
    String at(LocalDate day, int hour, int minute) {
        LocalDate capped = day.isAfter(today()) ? today() : day;
        return LocalTime.of(hour, minute).atDate(capped).atZone(Kazakhstan.TIME_ZONE).toOffsetDateTime().toString();
    }
}
