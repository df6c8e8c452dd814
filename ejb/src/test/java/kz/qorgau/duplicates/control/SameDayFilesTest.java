package kz.qorgau.duplicates.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.qorgau.duplicates.control.SameDayFiles.SameDayFile;
import kz.qorgau.platform.control.TestPostgres;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;

/**
 * Opening a file compares its child's name with those of every child of the region born the same day: about a
 * hundred files on a day of a big city. They are read as names, not loaded as files.
 */
class SameDayFilesTest {

    private static final LocalDate BORN = LocalDate.of(2014, 3, 15);
    private static final long OPENED = 1;

    private static TestPostgres postgres;
    private static EntityManagerFactory entityManagers;

    @BeforeAll
    static void aCityDay() throws Exception {
        postgres = new TestPostgres();
        DataSource database = postgres.migratedWithSchools("samedayfiles", 4);
        TestPostgres.addOtherRegion(database);
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            Set<String> iins = new HashSet<>();
            try (PreparedStatement student = c.prepareStatement("""
                    insert into student (id, iin, last_name, first_name, middle_name, birth_date, sex, school_id,
                                         status, created_at, version)
                    values (?, ?, ?, ?, ?, ?, 'FEMALE', ?, ?, now(), 0)""")) {
                for (int n = 1; n <= 120; n++) {
                    add(student, iins, n, "Сейтқали", "Айгерім-" + n, BORN, 9900101 + n % 4, "ACTIVE");
                }
                add(student, iins, 121, "Сейткали", "Айгерим", BORN, 9900102, "MERGED");
                add(student, iins, 122, "Seitkali", "Aigerim", BORN, 9910101, "ACTIVE");
                add(student, iins, 123, "Сейтқали", "Айгерім", BORN.plusDays(1), 9900101, "ACTIVE");
                student.executeBatch();
            }
            s.execute("analyze");
        }
        entityManagers = TestPostgres.serverEntityManagers(database);
    }

    private static void add(PreparedStatement student, Set<String> iins, long id, String lastName, String firstName,
                            LocalDate born, long school, String status) throws Exception {
        String iin = Iin.issue(born, Sex.FEMALE, 1000 + iins.size()).digits();
        for (int serial = 2000; !iins.add(iin); serial++) {
            iin = Iin.issue(born, Sex.FEMALE, serial + iins.size()).digits();
        }
        student.setLong(1, id);
        student.setString(2, iin);
        student.setString(3, lastName);
        student.setString(4, firstName);
        student.setString(5, null);
        student.setObject(6, born);
        student.setLong(7, school);
        student.setString(8, status);
        student.addBatch();
    }

    @AfterAll
    static void stop() throws Exception {
        entityManagers.close();
        postgres.close();
    }

    @Test
    void theRegionsOtherChildrenBornThatDayAreReadAsNamesAndNoneIsLoadedAsAFile() {
        TestPostgres.inRolledBackTransaction(entityManagers, em -> {
            Student file = em.find(Student.class, OPENED);
            file.getSchool().regionId();
            Session session = em.unwrap(Session.class);
            int loaded = session.getStatistics().getEntityCount();

            List<SameDayFile> day = SameDayFiles.of(em, file);

            assertThat(day).hasSize(119).extracting(SameDayFile::id).doesNotContain(OPENED, 121L, 122L, 123L)
                    .startsWith(2L, 3L).endsWith(120L);
            assertThat(day.get(0).name()).isEqualTo(new PersonName("Сейтқали", "Айгерім-2", null));
            assertThat(session.getStatistics().getEntityCount()).as("entities in the persistence context")
                    .isEqualTo(loaded);
        });
    }
}
