package kz.qorgau.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import kz.qorgau.security.Jurisdiction;

/**
 * The condition that keeps a report's SQL inside the reader's jurisdiction and the scope asked for, over a school
 * {@code sc} and its district {@code d}, with its parameters bound in order.
 */
final class Where {

    /** Marks where this condition's parameters go among a query's. */
    static final Object HERE = new Object();

    private final String sql;
    private final List<Object> parameters;

    private Where(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    static Where of(ReportRequest request) {
        Jurisdiction j = request.caller().jurisdiction();
        List<Object> parameters = new ArrayList<>();
        String within = j.national() ? "true" : within(j, parameters);
        String scope = switch (request.scope().level()) {
            case JURISDICTION -> "";
            case REGION -> " and d.region_id = ?";
            case DISTRICT -> " and d.id = ?";
            case SCHOOL -> " and sc.id = ?";
        };
        if (!scope.isEmpty()) {
            parameters.add(request.scope().id());
        }
        return new Where(within + scope, parameters);
    }

    /** Only the kinds of ids the reader has, so that PostgreSQL finds the schools by index (see JurisdictionQuery). */
    private static String within(Jurisdiction j, List<Object> parameters) {
        List<String> any = new ArrayList<>();
        for (Jurisdiction.Ids ids : j.idsByKind()) {
            any.add(switch (ids.kind()) {
                case SCHOOLS -> "sc.id = any(?)";
                case DISTRICTS -> "d.id = any(?)";
                case REGIONS -> "d.region_id = any(?)";
            });
            parameters.add(ids.ids());
        }
        return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
    }

    String sql() {
        return sql;
    }

    /**
     * Prepares {@code query} with its parameters in order; {@link #HERE} stands for this condition's own, where the
     * query places {@link #sql()}.
     */
    PreparedStatement prepare(Connection connection, String query, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query);
        int i = 1;
        for (Object value : values) {
            if (value == HERE) {
                for (Object own : parameters) {
                    i = bind(connection, statement, i, own);
                }
            } else {
                i = bind(connection, statement, i, value);
            }
        }
        return statement;
    }

    private static int bind(Connection connection, PreparedStatement statement, int i, Object value)
            throws SQLException {
        if (value instanceof Long[] ids) {
            statement.setArray(i, connection.createArrayOf("bigint", ids));
        } else if (value instanceof Instant instant) {
            statement.setObject(i, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(i, value);
        }
        return i + 1;
    }
}
