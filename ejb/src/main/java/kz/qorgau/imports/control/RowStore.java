package kz.qorgau.imports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import javax.sql.DataSource;

/**
 * Writes imported rows in JDBC batches within the caller's transaction: a hundred thousand rows go to the
 * database without a hundred thousand managed entities. Each import gives an upsert, so that a row already on
 * file is replaced and never duplicated. Internal ({@code @PermitAll}): called only by the imports, which declare who
 * may.
 */
@Stateless
@PermitAll
public class RowStore {

    private static final int BATCH = 500;

    /** Sets the parameters of the statement for one row. */
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** The application's own data source: within a transaction the container hands out its one connection. */
    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource database;

    public <T> void upsert(String sql, List<T> rows, Binder<T> binder) {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("imported rows could not be written", e);
        }
    }
}
