package kz.qorgau.generator.control;

import java.sql.SQLException;
import java.util.SplittableRandom;

import kz.qorgau.schools.entity.SchoolKind;

/**
 * Unexcused absence days per pupil and month, as the schools' registers report them: most pupils have none in a
 * month, most of the rest a day or two, and a few children at risk miss weeks.
 */
final class AbsenceRows {

    /** Pupils with any unexcused day in a month; children at risk far more often. */
    static final double ABSENT_IN_MONTH = 0.24;
    static final double ABSENT_IN_MONTH_AT_RISK = 0.6;

    static final Weighted<Integer> DAYS = new Weighted<Integer>()
            .with(1, 45).with(2, 25).with(3, 14).with(4, 7).with(5, 4).with(7, 3).with(12, 2);

    /** A child at risk who skips school misses from two days to three and a half weeks a month. */
    static final int MOST_DAYS_AT_RISK = 20;

    private AbsenceRows() {
    }

    static void write(RegionRows rows, SplittableRandom random) throws SQLException {
        Roster roster = rows.roster();
        try (CopyRows out = rows.copy("absence",
                "id, student_id, period_start, period_end, unexcused_days, imported_by, imported_at", "absence_id_seq")) {
            for (SchoolCalendar.Period period : rows.plan().calendar().absencePeriods()) {
                String imported = rows.at(period.end().plusDays(2), 10, 0);
                for (int school = 0; school < rows.plan().schools().size(); school++) {
                    PlannedSchool planned = rows.school(school);
                    if (planned.kind() == SchoolKind.KINDERGARTEN) {
                        continue;
                    }
                    for (int s = roster.schoolStart(school); s < roster.schoolEnd(school); s++) {
                        boolean atRisk = roster.atRisk(s);
                        if (random.nextDouble() >= (atRisk ? ABSENT_IN_MONTH_AT_RISK : ABSENT_IN_MONTH)) {
                            continue;
                        }
                        int days = atRisk ? 2 + random.nextInt(MOST_DAYS_AT_RISK - 1) : DAYS.draw(random);
                        out.row(out.nextId(), rows.studentId(s), period.start(), period.end(),
                                Math.min(days, period.schoolDays()), planned.socialPedagogueUsername(), imported);
                    }
                }
            }
            rows.finish("absence", out);
        }
    }
}
