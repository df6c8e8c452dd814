package kz.qorgau.imports.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import javax.sql.DataSource;

/**
 * Writes survey results in JDBC batches within the caller's transaction: a hundred thousand rows go to the
 * database without a hundred thousand managed entities. A result already on file for the same campaign, student
 * and scale is replaced, so results never duplicate.
 */
@Stateless
public class SurveyResultStore {

    private static final int BATCH = 500;

    private static final String UPSERT = """
            insert into survey_result (campaign_id, student_id, scale_code, score, taken_on, imported_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (campaign_id, student_id, scale_code)
            do update set score = excluded.score, taken_on = excluded.taken_on, imported_at = excluded.imported_at""";

    /** The application's own data source: within a transaction the container hands out its one connection. */
    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource database;

    public void upsert(long campaignId, List<ResultRow> rows) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(UPSERT)) {
            int pending = 0;
            for (ResultRow row : rows) {
                insert.setLong(1, campaignId);
                insert.setLong(2, row.studentId());
                insert.setString(3, row.scale());
                insert.setBigDecimal(4, row.score());
                insert.setDate(5, Date.valueOf(row.takenOn()));
                insert.setTimestamp(6, now);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("survey results could not be written", e);
        }
    }
}
