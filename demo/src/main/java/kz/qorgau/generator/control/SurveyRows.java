package kz.qorgau.generator.control;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.SchoolKind;

/**
 * A screening instrument with five scales, one of them suicide risk, and one campaign over the region's schools and
 * colleges: pupils from grade 5 take it, except those whose parents opted them out (they have no results) and
 * those absent on the days their class took it. A few score at or above each scale's threshold.
 */
final class SurveyRows {

    /** The screening covers grades 5 to 11 and colleges. */
    static final int FROM_GRADE = 5;

    /** Parents of about 3 % of children decline the screening. */
    static final double OPTED_OUT = 0.03;

    /** About 7 % of pupils are absent on the days their class takes it. */
    static final double ABSENT = 0.07;

    /** A child at risk scores at or above a threshold this many times as often. */
    static final double AT_RISK_FACTOR = 3;

    /** A scale: code, names, threshold, maximum, whether it measures suicide risk, and the share at or above threshold. */
    record Scale(String code, LocalizedName name, int threshold, int maximum, boolean suicideRisk, double above) {
    }

    static final List<Scale> SCALES = List.of(
            new Scale("DEPRESSION", new LocalizedName("Депрессия", "Депрессия", "Depression"), 15, 27, false, 0.08),
            new Scale("ANXIETY", new LocalizedName("Мазасыздық", "Тревожность", "Anxiety"), 15, 21, false, 0.09),
            new Scale("SUICIDE_RISK", new LocalizedName("Суицидтік тәуекел", "Суицидальный риск", "Suicide risk"),
                    6, 10, true, 0.03),
            new Scale("BULLYING", new LocalizedName("Буллинг", "Буллинг", "Bullying"), 12, 20, false, 0.07),
            new Scale("FAMILY_CLIMATE", new LocalizedName("Отбасылық ахуал", "Семейный климат", "Family climate"),
                    20, 30, false, 0.06));

    private SurveyRows() {
    }

    static void write(RegionRows rows, SplittableRandom random) throws SQLException {
        RegionPlan plan = rows.plan();
        long instrument = rows.ids("survey_instrument_id_seq").next();
        long campaign = rows.ids("survey_campaign_id_seq").next();
        LocalDate created = plan.campaignStart().minusDays(14);
        try (CopyRows out = rows.copy("survey_instrument", "id, code, name_kk, name_ru, name_en, created_at")) {
            out.row(instrument, "SCREEN-" + plan.districts().get(0).id(), "Оқушылардың психологиялық скринингі",
                    "Психологический скрининг учащихся", "Student psychological screening", rows.at(created, 9, 0));
            rows.finish("survey_instrument", out);
        }
        try (CopyRows out = rows.copy("survey_scale",
                "instrument_id, position, code, name_kk, name_ru, name_en, threshold, max_score, suicide_risk")) {
            for (int i = 0; i < SCALES.size(); i++) {
                Scale scale = SCALES.get(i);
                // positions from 0: the order column of the instrument's list of scales
                out.row(instrument, i, scale.code(), scale.name().getKk(), scale.name().getRu(),
                        scale.name().getEn(), scale.threshold(), scale.maximum(), scale.suicideRisk());
            }
            rows.finish("survey_scale", out);
        }
        try (CopyRows out = rows.copy("survey_campaign", "id, instrument_id, starts_on, ends_on, created_by, created_at")) {
            out.row(campaign, instrument, plan.campaignStart(), plan.campaignEnd(),
                    "coordinator." + plan.spec().regionId(), rows.at(created, 10, 0));
            rows.finish("survey_campaign", out);
        }
        try (CopyRows out = rows.copy("survey_campaign_school", "campaign_id, school_id")) {
            for (PlannedSchool school : plan.schools()) {
                if (school.kind() != SchoolKind.KINDERGARTEN) {
                    out.row(campaign, school.id());
                }
            }
            rows.finish("survey_campaign_school", out);
        }
        writeResults(rows, campaign, random);
    }

    private static void writeResults(RegionRows rows, long campaign, SplittableRandom random) throws SQLException {
        RegionPlan plan = rows.plan();
        Roster roster = rows.roster();
        int days = (int) ChronoUnit.DAYS.between(plan.campaignStart(), plan.campaignEnd()) + 1;
        String imported = rows.at(plan.campaignEnd().plusDays(3), 10, 0);
        List<Object[]> optOuts = new ArrayList<>();
        try (CopyRows out = rows.copy("survey_result",
                "id, campaign_id, student_id, scale_code, score, taken_on, imported_at", "survey_result_id_seq")) {
            for (int school = 0; school < plan.schools().size(); school++) {
                PlannedSchool planned = rows.school(school);
                if (planned.kind() == SchoolKind.KINDERGARTEN) {
                    continue;
                }
                for (int s = roster.schoolStart(school); s < roster.schoolEnd(school); s++) {
                    Integer grade = roster.grade(s);
                    if (grade != null && grade < FROM_GRADE) {
                        continue;
                    }
                    if (random.nextDouble() < OPTED_OUT) {
                        optOuts.add(new Object[] {rows.studentId(s), "Родители отказались от участия ребёнка в тестировании",
                                planned.socialPedagogueUsername(),
                                rows.at(plan.campaignStart().minusDays(1 + random.nextInt(60)), 12, random.nextInt(60))});
                        continue;
                    }
                    if (random.nextDouble() < ABSENT) {
                        continue;
                    }
                    LocalDate taken = plan.campaignStart().plusDays(random.nextInt(days));
                    if (taken.getDayOfWeek() == DayOfWeek.SUNDAY) {
                        taken = taken.isAfter(plan.campaignStart()) ? taken.minusDays(1) : taken.plusDays(1);
                    }
                    double factor = roster.atRisk(s) ? AT_RISK_FACTOR : 1;
                    for (Scale scale : SCALES) {
                        out.row(out.nextId(), campaign, rows.studentId(s), scale.code(), score(scale, factor, random),
                                taken, imported);
                    }
                }
            }
            rows.finish("survey_result", out);
        }
        try (CopyRows out = rows.copy("survey_opt_out", "student_id, reason, recorded_by, recorded_at")) {
            out.rows(optOuts);
            rows.finish("survey_opt_out", out);
        }
    }

    /** A whole score: at or above the threshold with the scale's share, otherwise skewed towards low scores. */
    private static int score(Scale scale, double factor, SplittableRandom random) {
        if (random.nextDouble() < scale.above() * factor) {
            return scale.threshold() + random.nextInt(scale.maximum() - scale.threshold() + 1);
        }
        double u = random.nextDouble();
        return (int) Math.floor(u * u * scale.threshold());
    }
}
