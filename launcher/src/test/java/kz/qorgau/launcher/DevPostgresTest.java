package kz.qorgau.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qorgau.launcher.DevPostgres.Durability;

/** The run command's database keeps an answered commit through a crash; only the tests may trade that for speed. */
class DevPostgresTest {

    @TempDir
    Path work;

    @Test
    void theRunCommandsDatabaseIsDurable() throws Exception {
        try (DevPostgres postgres = DevPostgres.start(freePort(), work.resolve("durable"))) {
            assertThat(postgres.setting("fsync")).isEqualTo("on");
            assertThat(postgres.setting("synchronous_commit")).isEqualTo("on");
            assertThat(postgres.setting("full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void testsMayAskForSpeedInstead() throws Exception {
        try (DevPostgres postgres = DevPostgres.start(freePort(), work.resolve("fast"), Durability.FAST)) {
            assertThat(postgres.setting("fsync")).isEqualTo("off");
            assertThat(postgres.setting("synchronous_commit")).isEqualTo("off");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
