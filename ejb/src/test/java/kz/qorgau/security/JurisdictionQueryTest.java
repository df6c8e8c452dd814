package kz.qorgau.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One query finds a record and scopes it, whatever the path from the record to its school. */
class JurisdictionQueryTest {

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
}
