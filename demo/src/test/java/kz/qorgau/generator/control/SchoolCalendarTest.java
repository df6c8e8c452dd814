package kz.qorgau.generator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

    @Test
    void childrenAreNotAtSchoolOnSundaysInSummerOrAtTheNewYear() {
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2026, 11, 22))).isFalse();
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2026, 7, 15))).isFalse();
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2027, 1, 3))).isFalse();
        assertThat(SchoolCalendar.isSchoolDay(LocalDate.of(2027, 3, 22))).isFalse();
    }

    @Test
    void schoolDaysFallInTheHalfYearBeforeTheReferenceDate() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        SchoolCalendar calendar = new SchoolCalendar(today);
        SplittableRandom random = new SplittableRandom(1);

        for (int i = 0; i < 1_000; i++) {
            LocalDate day = calendar.schoolDay(random);
            assertThat(day).isBetween(today.minusDays(SchoolCalendar.LOOKBACK_DAYS), today);
            assertThat(SchoolCalendar.isSchoolDay(day)).isTrue();
        }
    }

    @Test
    void absencesAreReportedForEachSchoolMonthUpToYesterday() {
        SchoolCalendar calendar = new SchoolCalendar(LocalDate.of(2026, 11, 25));

        assertThat(calendar.absencePeriods()).extracting(SchoolCalendar.Period::start).containsExactly(
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
        assertThat(calendar.absencePeriods().get(2).end()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(calendar.absencePeriods()).allSatisfy(p ->
                assertThat(p.schoolDays()).isPositive().isLessThanOrEqualTo((int) (p.end().toEpochDay() - p.start().toEpochDay() + 1)));
    }
}
