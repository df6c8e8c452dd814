package kz.qorgau.reports.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A cursor's rows read on a thread of their own, a few batches ahead of the sheet being written, so that PostgreSQL
 * and the driver work while SXSSF writes: a long list then takes about as long as the slower of the two rather than
 * their sum. At most {@code BATCHES_AHEAD * BATCH} rows wait in memory.
 */
final class ReadAhead {

    /** One row's values, read from the cursor's current row. */
    interface RowReader {
        Object[] read(ResultSet rs) throws SQLException;
    }

    private static final int BATCH = 500;
    private static final int BATCHES_AHEAD = 8;
    private static final Object[][] END = new Object[0][];

    private ReadAhead() {
    }

    /**
     * Hands every row of {@code rs} to {@code writer} on the calling thread, in order; a failure of the reading
     * thread is thrown here, after the rows read before it.
     */
    static void forEach(ResultSet rs, RowReader reader, ThreadFactory threads, Consumer<Object[]> writer)
            throws SQLException {
        BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        AtomicBoolean stopped = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reading = threads.newThread(() -> {
            try {
                Object[][] batch = new Object[BATCH][];
                int n = 0;
                while (!stopped.get() && rs.next()) {
                    batch[n++] = reader.read(rs);
                    if (n == BATCH) {
                        put(queue, batch, stopped);
                        batch = new Object[BATCH][];
                        n = 0;
                    }
                }
                put(queue, Arrays.copyOf(batch, n), stopped);
                put(queue, END, stopped);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        reading.start();
        try {
            Object[][] batch;
            while ((batch = next(queue, reading)) != END) {
                for (Object[] row : batch) {
                    writer.accept(row);
                }
            }
        } finally {
            stopped.set(true);
            queue.clear();
            join(reading);
        }
        Throwable e = failure.get();
        if (e instanceof SQLException sql) {
            throw sql;
        } else if (e instanceof RuntimeException runtime) {
            throw runtime;
        } else if (e instanceof Error error) {
            throw error;
        } else if (e != null) {
            throw new SQLException("the rows could not be read", e);
        }
    }

    /** The next batch, or {@link #END} once the reading thread has finished or failed. */
    private static Object[][] next(BlockingQueue<Object[][]> queue, Thread reading) {
        try {
            Object[][] batch;
            while ((batch = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (!reading.isAlive() && queue.isEmpty()) {
                    return END;
                }
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a report", e);
        }
    }

    /** Waits for room, unless the writer has stopped taking. */
    private static void put(BlockingQueue<Object[][]> queue, Object[][] batch, AtomicBoolean stopped)
            throws InterruptedException {
        while (!stopped.get() && !queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            // the sheet is behind
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
