package kz.qorgau.duplicates.control;

import java.util.List;

/**
 * A table whose rows belong to a student, as a merge moves them (every table with a {@code student_id} of the
 * migrations but break_glass_grant: a grant opened one file for one person, and moving it would open the other).
 *
 * @param key      the column that tells one of the student's rows from another
 * @param keyAfter that key once the row is moved, for the undo (the student's id itself for survey_opt_out)
 * @param conflict when a row of the merged-away file repeats one of the kept file's (the same period, incident or
 *                 scale) and would break a unique key: such a row stays with the merged-away file
 */
record MovedTable(String table, String key, String keyAfter, String conflict) {

    static final List<MovedTable> ALL = List.of(
            plain("psychologist_session"),
            plain("early_warning_case"),
            new MovedTable("incident_participant", "t.incident_id", "t.incident_id",
                    "exists (select 1 from incident_participant k where k.student_id = :kept"
                            + " and k.incident_id = t.incident_id)"),
            new MovedTable("concealment_flag", "t.id", "t.id",
                    "exists (select 1 from concealment_flag k where k.student_id = :kept"
                            + " and k.incident_id = t.incident_id)"),
            plain("police_registration"),
            plain("raid_delivery"),
            plain("student_transfer"),
            plain("hotline_report"),
            new MovedTable("absence", "t.id", "t.id",
                    "exists (select 1 from absence k where k.student_id = :kept"
                            + " and k.period_start = t.period_start and k.period_end = t.period_end)"),
            new MovedTable("survey_result", "t.id", "t.id",
                    "exists (select 1 from survey_result k where k.student_id = :kept"
                            + " and k.campaign_id = t.campaign_id and k.scale_code = t.scale_code)"),
            new MovedTable("survey_opt_out", "t.student_id", ":merged",
                    "exists (select 1 from survey_opt_out k where k.student_id = :kept)"));

    private static MovedTable plain(String table) {
        return new MovedTable(table, "t.id", "t.id", "false");
    }

    /** Notes which rows of the merged-away file move. */
    String recordMoves() {
        return "insert into student_merge_move (merge_id, table_name, row_key) select cast(:merge as bigint), '%s', %s from %s t"
                .formatted(table, key, table) + " where t.student_id = :merged and not " + conflict;
    }

    /** Moves the noted rows to the kept file. */
    String move() {
        return "update %s t set student_id = :kept where t.student_id = :merged and %s".formatted(table, noted(key));
    }

    /** Moves the noted rows back, and no row recorded on the kept file since. */
    String moveBack() {
        return "update %s t set student_id = :merged where t.student_id = :kept and %s"
                .formatted(table, noted(keyAfter));
    }

    private String noted(String rowKey) {
        return "exists (select 1 from student_merge_move m where m.merge_id = :merge and m.table_name = '%s'"
                .formatted(table) + " and m.row_key = " + rowKey + ")";
    }
}
