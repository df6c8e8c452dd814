package kz.qorgau.generator.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The days of the half year before a reference date, and which of them children are at school: school signals
 * (sessions, school-reported incidents, absences) fall on school days; the police and the streets keep no holidays.
 */
final class SchoolCalendar {

    /** Signals reach back this far; the longest rule window that matters for most signals is 180 days. */
    static final int LOOKBACK_DAYS = 182;

    /** Kazakh schools work six days a week in many regions; Sunday is the day off everywhere. */
    private static final DayOfWeek DAY_OFF = DayOfWeek.SUNDAY;

    /** The school year ends late in May and starts on 1 September. */
    private static final MonthDay SUMMER_FROM = MonthDay.of(5, 26);
    private static final MonthDay SUMMER_TO = MonthDay.of(8, 31);

    /** The winter holidays around the New Year. */
    private static final MonthDay WINTER_FROM = MonthDay.of(12, 30);
    private static final MonthDay WINTER_TO = MonthDay.of(1, 8);

    /** Nauryz, the spring holidays. */
    private static final MonthDay SPRING_FROM = MonthDay.of(3, 21);
    private static final MonthDay SPRING_TO = MonthDay.of(3, 29);

    private final LocalDate referenceDate;
    private final List<LocalDate> days = new ArrayList<>();
    private final List<LocalDate> schoolDays = new ArrayList<>();

    SchoolCalendar(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
        for (LocalDate day = referenceDate.minusDays(LOOKBACK_DAYS); !day.isAfter(referenceDate); day = day.plusDays(1)) {
            days.add(day);
            if (isSchoolDay(day)) {
                schoolDays.add(day);
            }
        }
        if (schoolDays.isEmpty()) {
            throw new IllegalStateException("no school day in the half year before " + referenceDate);
        }
    }

    static boolean isSchoolDay(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        return day.getDayOfWeek() != DAY_OFF
                && (md.isBefore(SUMMER_FROM) || md.isAfter(SUMMER_TO))
                && md.isBefore(WINTER_FROM) && md.isAfter(WINTER_TO)
                && (md.isBefore(SPRING_FROM) || md.isAfter(SPRING_TO));
    }

    LocalDate anyDay(SplittableRandom random) {
        return days.get(random.nextInt(days.size()));
    }

    LocalDate schoolDay(SplittableRandom random) {
        return schoolDays.get(random.nextInt(schoolDays.size()));
    }

    /** A school day of the window at or before {@code day}, or the first school day of the window. */
    LocalDate schoolDayAtOrBefore(LocalDate day) {
        LocalDate found = schoolDays.get(0);
        for (LocalDate d : schoolDays) {
            if (d.isAfter(day)) {
                break;
            }
            found = d;
        }
        return found;
    }

    /**
     * The months with school days that the schools have reported absences for: every month of the window up to the
     * day before the reference date, the current one cut there.
     */
    List<Period> absencePeriods() {
        List<Period> periods = new ArrayList<>();
        LocalDate lastReported = referenceDate.minusDays(1);
        for (YearMonth month = YearMonth.from(days.get(0)); !month.isAfter(YearMonth.from(lastReported));
             month = month.plusMonths(1)) {
            LocalDate start = month.atDay(1);
            LocalDate end = month.atEndOfMonth().isAfter(lastReported) ? lastReported : month.atEndOfMonth();
            int schoolDaysIn = (int) schoolDays.stream().filter(d -> !d.isBefore(start) && !d.isAfter(end)).count();
            if (schoolDaysIn > 0 && !end.isBefore(days.get(0))) {
                periods.add(new Period(start, end, schoolDaysIn));
            }
        }
        return periods;
    }

    /** A reporting period of absences, with the school days in it (the most unexcused days a child can have). */
    record Period(LocalDate start, LocalDate end, int schoolDays) {
    }
}
