package kz.qorgau.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An outage is two lines in the log, however many requests it refuses; never a stack trace per request. */
class OutageLogTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger logger = Logger.getLogger(OutageLog.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    @Test
    void anOutageIsLoggedWhenItStartsAndWhenItEndsWithTheRequestsItRefused() {
        OutageLog log = new OutageLog();
        Instant start = Instant.parse("2026-12-05T10:00:00Z");

        assertThat(log.refused(Dependency.DATABASE, start, "PSQLException: Connection refused")).isTrue();
        for (int i = 1; i < 1000; i++) {
            assertThat(log.refused(Dependency.DATABASE, start.plusMillis(i), "PSQLException: Connection refused"))
                    .isFalse();
        }
        assertThat(log.down(Dependency.DATABASE)).isTrue();
        assertThat(log.down(Dependency.IDENTITY_PROVIDER)).isFalse();
        assertThat(log.refusedSoFar(Dependency.DATABASE)).isEqualTo(1000);
        assertThat(log.answered(Dependency.DATABASE, start.plusSeconds(15))).isTrue();
        assertThat(log.answered(Dependency.DATABASE, start.plusSeconds(16))).as("an outage ends once").isFalse();

        assertThat(records).hasSize(2);
        assertThat(records.get(0).getMessage()).contains("database", "started", "Connection refused");
        assertThat(records.get(1).getMessage()).contains("database", "ended after 15.0 s", "1000 requests");
        assertThat(records).allMatch(record -> record.getThrown() == null);
        assertThat(log.down(Dependency.DATABASE)).isFalse();
    }

    @Test
    void theNextOutageIsLoggedAgain() {
        OutageLog log = new OutageLog();
        Instant start = Instant.parse("2026-12-05T10:00:00Z");
        log.refused(Dependency.IDENTITY_PROVIDER, start, "connect timed out");
        log.answered(Dependency.IDENTITY_PROVIDER, start.plusSeconds(1));

        assertThat(log.refused(Dependency.IDENTITY_PROVIDER, start.plusSeconds(60), "connect timed out")).isTrue();
        assertThat(records).hasSize(3);
    }
}
