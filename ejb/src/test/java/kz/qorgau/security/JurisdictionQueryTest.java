package kz.qorgau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** One query finds a record and scopes it, whatever the path from the record to its school. */
class JurisdictionQueryTest {

    private static final Jurisdiction SCHOOL = new Jurisdiction(false, Set.of(), Set.of(), Set.of(1001L));

    @Test
    void aSchoolIsScopedByItself() {
        assertThat(JurisdictionQuery.findWithin("School", "")).isEqualTo(
                "select sc from School sc join fetch sc.district d where sc.id = :id and "
                        + JurisdictionQuery.SCHOOL_WITHIN);
    }

    @Test
    void aRecordIsScopedByItsSchool() {
        assertThat(JurisdictionQuery.findWithin("Family", "school")).isEqualTo(
                "select x from Family x join fetch x.school sc join fetch sc.district d where x.id = :id and "
                        + JurisdictionQuery.SCHOOL_WITHIN);
    }

    @Test
    void aRecordOfAStudentIsScopedByTheStudentsSchool() {
        assertThat(JurisdictionQuery.findWithin("PoliceRegistration", "student.school")).isEqualTo(
                "select x from PoliceRegistration x join fetch x.student j1 join fetch j1.school sc"
                        + " join fetch sc.district d where x.id = :id and " + JurisdictionQuery.SCHOOL_WITHIN);
    }

    @Test
    void aSchoolsStaffIsScopedByTheSchoolAlone() {
        assertThat(JurisdictionQuery.scoped("where " + JurisdictionQuery.SCHOOL_WITHIN, SCHOOL))
                .isEqualTo("where (ids_include(:schools, sc.id))");
    }

    @Test
    void aCoordinatorIsScopedByTheRegionAlone() {
        assertThat(JurisdictionQuery.scoped("where " + JurisdictionQuery.SCHOOL_WITHIN,
                new Jurisdiction(false, Set.of(75L), Set.of(), Set.of())))
                .isEqualTo("where (ids_include(:regions, d.region.id))");
    }

    @Test
    void aJurisdictionOfSeveralKindsKeepsWhatAnyOfThemCovers() {
        assertThat(JurisdictionQuery.scoped("where " + JurisdictionQuery.SCHOOL_WITHIN,
                new Jurisdiction(false, Set.of(), Set.of(7L), Set.of(1001L))))
                .isEqualTo("where (ids_include(:schools, sc.id) or ids_include(:districts, d.id))");
    }

    @Test
    void theWholeCountryIsNoCondition() {
        assertThat(JurisdictionQuery.scoped("where " + JurisdictionQuery.SCHOOL_WITHIN,
                new Jurisdiction(true, Set.of(), Set.of(), Set.of()))).isEqualTo("where 1 = 1");
    }

    @Test
    void noJurisdictionSeesNothing() {
        assertThat(JurisdictionQuery.scoped("where " + JurisdictionQuery.SCHOOL_WITHIN, Jurisdiction.none()))
                .isEqualTo("where 1 = 0");
    }

    @Test
    void eachMarkIsWrittenForItsOwnAliases() {
        assertThat(JurisdictionQuery.scoped("where %s and %s".formatted(JurisdictionQuery.SCHOOL_WITHIN,
                JurisdictionQuery.within("sc2", "d2")), SCHOOL))
                .isEqualTo("where (ids_include(:schools, sc.id)) and (ids_include(:schools, sc2.id))");
    }
}
