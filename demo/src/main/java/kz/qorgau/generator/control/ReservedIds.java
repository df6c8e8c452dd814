package kz.qorgau.generator.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ids taken from one of the application's sequences (increment 50) that nobody else is ever handed. Hibernate's
 * pooled optimizer uses the 50 ids up to each value it fetches, a pooled-lo one the 50 from it; from a run of
 * consecutive values v1 < ... < vk that we fetched, every id from v1 to vk is ours under either, and nobody's who
 * fetches before or after us. A value fetched between other sessions' values is kept alone. Ids are fetched a
 * chunk at a time as they are used, so nobody needs to know a table's row count beforehand.
 */
final class ReservedIds {

    /** The increment of every id sequence the migrations create. */
    static final int SEQUENCE_INCREMENT = 50;

    /** Sequence values fetched per round trip: 50,000 ids. */
    private static final int VALUES_PER_FETCH = 1_000;

    private final Connection connection;
    private final String sequence;
    private List<long[]> runs = List.of();
    private int run;
    private long next;

    ReservedIds(Connection connection, String sequence) {
        this.connection = connection;
        this.sequence = sequence;
    }

    /** Whether an id is left without another round trip; none may be made while a COPY is in progress. */
    boolean hasNext() {
        return run < runs.size();
    }

    /** Takes the next chunk of values from the sequence. */
    void fetchMore() throws SQLException {
        runs = runsOf(fetch());
        run = 0;
        next = runs.get(0)[0];
    }

    /** The next reserved id, fetching more first when none is left. */
    long next() throws SQLException {
        if (!hasNext()) {
            fetchMore();
        }
        long id = next;
        if (next == runs.get(run)[1]) {
            run++;
            next = run < runs.size() ? runs.get(run)[0] : 0;
        } else {
            next++;
        }
        return id;
    }

    /** The ranges of ids owned with values fetched in this order. */
    static List<long[]> runsOf(List<Long> values) {
        List<long[]> runs = new ArrayList<>();
        for (long value : values) {
            long[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && value == last[1] + SEQUENCE_INCREMENT) {
                last[1] = value;
            } else {
                runs.add(new long[] {value, value});
            }
        }
        return runs;
    }

    private List<Long> fetch() throws SQLException {
        List<Long> values = new ArrayList<>(VALUES_PER_FETCH);
        try (PreparedStatement statement = connection.prepareStatement(
                "select nextval(?::regclass) from generate_series(1, ?)")) {
            statement.setString(1, sequence);
            statement.setInt(2, VALUES_PER_FETCH);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
        }
        return values;
    }
}
