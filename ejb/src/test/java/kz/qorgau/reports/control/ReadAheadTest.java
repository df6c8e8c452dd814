package kz.qorgau.reports.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadAheadTest {

    @Test
    void everyRowReachesTheWriterInOrder() throws SQLException {
        List<Object> written = new ArrayList<>();
        ReadAhead.forEach(rows(12_345, -1), r -> new Object[] {r.getInt(1)}, Thread::new, row -> written.add(row[0]));
        assertThat(written).hasSize(12_345);
        for (int i = 0; i < written.size(); i++) {
            assertThat(written.get(i)).isEqualTo(i + 1);
        }
    }

    @Test
    void aFailedReadFailsTheReportAfterTheRowsReadBeforeIt() {
        List<Object> written = new ArrayList<>();
        assertThatThrownBy(() -> ReadAhead.forEach(rows(10_000, 1_234), r -> new Object[] {r.getInt(1)},
                Thread::new, row -> written.add(row[0])))
                .isInstanceOf(SQLException.class).hasMessage("connection lost");
        assertThat(written).hasSize(1_000);
    }

    @Test
    void aFailedWriteStopsTheReading() {
        assertThatThrownBy(() -> ReadAhead.forEach(rows(1_000_000, -1), r -> new Object[] {r.getInt(1)},
                Thread::new, row -> {
                    if ((int) row[0] == 2_000) {
                        throw new IllegalStateException("disk full");
                    }
                })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    /** A cursor over 1..count whose row {@code failAt} fails, as a lost connection would. */
    private static ResultSet rows(int count, int failAt) {
        int[] current = {0};
        return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "next" -> {
                        if (++current[0] == failAt) {
                            throw new SQLException("connection lost");
                        }
                        yield current[0] <= count;
                    }
                    case "getInt" -> current[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
