package kz.qorgau.generator.control;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.RiskIndicator;
import kz.qorgau.sessions.entity.SessionKind;

/**
 * Psychologist sessions on school days at schools that have a psychologist: most are diagnostics and routine
 * talks without any risk indicator; a few record one, and a small share suicidal ideation or self-harm.
 */
final class SessionRows {

    /** More than a third of pupils see the school psychologist in a half year; children at risk nearly all. */
    static final double SEEN = 0.36;
    static final double SEEN_AT_RISK = 0.85;

    /** Chance of each further session for a child already seen (a mean of 1.5 more; 3 more for a child at risk). */
    static final double ANOTHER = 0.6;
    static final double ANOTHER_AT_RISK = 0.75;

    /** Sessions that record any risk indicator. */
    static final double WITH_INDICATORS = 0.16;
    static final double WITH_INDICATORS_AT_RISK = 0.55;

    /** A session with indicators records a second one this often. */
    static final double SECOND_INDICATOR = 0.25;

    static final Weighted<SessionKind> KINDS = new Weighted<SessionKind>()
            .with(SessionKind.INDIVIDUAL, 45).with(SessionKind.GROUP, 25).with(SessionKind.DIAGNOSTIC, 25)
            .with(SessionKind.FAMILY, 5);

    /** Family conflict, low mood and bullying lead; suicidal ideation and self-harm are a few percent of findings. */
    static final Weighted<RiskIndicator> INDICATORS = new Weighted<RiskIndicator>()
            .with(RiskIndicator.FAMILY_CONFLICT, 22).with(RiskIndicator.DEPRESSION_SIGNS, 18)
            .with(RiskIndicator.BULLYING_VICTIM, 16).with(RiskIndicator.AGGRESSION, 14)
            .with(RiskIndicator.ONLINE_THREATS, 8).with(RiskIndicator.SUBSTANCE_USE, 5)
            .with(RiskIndicator.RUNAWAY_RISK, 5).with(RiskIndicator.ABUSE_SUSPICION, 4)
            .with(RiskIndicator.SELF_HARM, 3.5).with(RiskIndicator.SUICIDAL_IDEATION, 2.5);

    private static final Set<RiskIndicator> CRISIS = EnumSet.of(RiskIndicator.SUICIDAL_IDEATION, RiskIndicator.SELF_HARM);
    private static final Set<RiskIndicator> SERIOUS = EnumSet.of(RiskIndicator.ABUSE_SUSPICION,
            RiskIndicator.RUNAWAY_RISK, RiskIndicator.SUBSTANCE_USE);

    private static final Map<RiskIndicator, String> NOTES = Map.of(
            RiskIndicator.FAMILY_CONFLICT, "Конфликты с родителями, договорились о встрече с матерью.",
            RiskIndicator.DEPRESSION_SIGNS, "Сниженное настроение, жалобы на усталость и отсутствие интереса к учёбе.",
            RiskIndicator.BULLYING_VICTIM, "Сообщает о насмешках одноклассников, избегает перемен в классе.",
            RiskIndicator.AGGRESSION, "Вспышки агрессии на уроках, проведена беседа о способах саморегуляции.",
            RiskIndicator.ONLINE_THREATS, "Получает угрозы в мессенджере от незнакомого аккаунта.",
            RiskIndicator.SUBSTANCE_USE, "Признаки употребления вейпов и энергетиков, информирован социальный педагог.",
            RiskIndicator.RUNAWAY_RISK, "Говорит о желании уйти из дома после ссор с отчимом.",
            RiskIndicator.ABUSE_SUSPICION, "Синяки на руках, объяснения противоречивы; требуется проверка.",
            RiskIndicator.SELF_HARM, "Следы порезов на предплечье, скрывает от родителей.",
            RiskIndicator.SUICIDAL_IDEATION, "Высказывает мысли о нежелании жить, нужен план безопасности.");

    private static final String ROUTINE = "Плановая беседа, признаков риска не выявлено.";

    private SessionRows() {
    }

    static void write(RegionRows rows, SplittableRandom random) throws SQLException {
        Roster roster = rows.roster();
        SchoolCalendar calendar = rows.plan().calendar();
        List<Object[]> indicators = new ArrayList<>();
        try (CopyRows out = rows.copy("psychologist_session", "id, student_id, session_date, kind, duration_minutes,"
                + " risk_level, confidential_note, follow_up_date, author, recorded_at", "psychologist_session_id_seq")) {
            for (int school = 0; school < rows.plan().schools().size(); school++) {
                List<String> psychologists = rows.school(school).psychologistUsernames();
                if (psychologists.isEmpty()) {
                    continue;
                }
                for (int s = roster.schoolStart(school); s < roster.schoolEnd(school); s++) {
                    boolean atRisk = roster.atRisk(s);
                    if (random.nextDouble() >= (atRisk ? SEEN_AT_RISK : SEEN)) {
                        continue;
                    }
                    do {
                        long id = out.nextId();
                        Set<RiskIndicator> found = indicators(atRisk, random);
                        found.forEach(indicator -> indicators.add(new Object[] {id, indicator}));
                        session(out, rows, id, s, calendar.schoolDay(random), found,
                                psychologists.get(random.nextInt(psychologists.size())), random);
                    } while (random.nextDouble() < (atRisk ? ANOTHER_AT_RISK : ANOTHER));
                }
            }
            rows.finish("psychologist_session", out);
        }
        try (CopyRows out = rows.copy("session_indicator", "session_id, indicator")) {
            out.rows(indicators);
            rows.finish("session_indicator", out);
        }
    }

    private static Set<RiskIndicator> indicators(boolean atRisk, SplittableRandom random) {
        Set<RiskIndicator> found = EnumSet.noneOf(RiskIndicator.class);
        if (random.nextDouble() < (atRisk ? WITH_INDICATORS_AT_RISK : WITH_INDICATORS)) {
            found.add(INDICATORS.draw(random));
            if (random.nextDouble() < SECOND_INDICATOR) {
                found.add(INDICATORS.draw(random));
            }
        }
        return found;
    }

    private static void session(CopyRows out, RegionRows rows, long id, int student, LocalDate date,
                                Set<RiskIndicator> found, String author, SplittableRandom random)
            throws SQLException {
        SessionKind kind = KINDS.draw(random);
        int minutes = switch (kind) {
            case GROUP, FAMILY -> 45;
            case DIAGNOSTIC -> 40;
            case INDIVIDUAL -> 20 + 5 * random.nextInt(9);
        };
        Level risk = found.isEmpty() ? Level.LOW
                : found.stream().anyMatch(CRISIS::contains) ? (random.nextBoolean() ? Level.CRITICAL : Level.HIGH)
                : found.stream().anyMatch(SERIOUS::contains) ? (random.nextDouble() < 0.4 ? Level.HIGH : Level.MEDIUM)
                : random.nextDouble() < 0.4 ? Level.MEDIUM : Level.LOW;
        String note = found.isEmpty() ? ROUTINE : NOTES.get(found.iterator().next());
        LocalDate followUp = found.isEmpty() ? null : date.plusDays(risk.compareTo(Level.HIGH) >= 0 ? 3 : 14);
        out.row(id, rows.studentId(student), date, kind, minutes, risk, rows.sealedNote(note), followUp, author,
                rows.at(date, 13 + random.nextInt(5), random.nextInt(60)));
    }
}
