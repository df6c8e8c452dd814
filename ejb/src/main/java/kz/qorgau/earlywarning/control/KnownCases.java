package kz.qorgau.earlywarning.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import kz.qorgau.earlywarning.rules.ConcealmentFlag;
import kz.qorgau.earlywarning.rules.Escalation;
import kz.qorgau.earlywarning.rules.Evidence;
import kz.qorgau.earlywarning.rules.EvidenceKind;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Level;

/**
 * What the cases of some students already say, read with plain JDBC before anything is written: which rules and
 * evidence their open case holds, what earlier cases dealt with, how the open case was escalated, which concealment
 * flags exist. A finding that
 * brings nothing new is left alone, so that re-evaluating a region whose signals have not changed writes nothing
 * and loads no entity.
 */
public final class KnownCases {

    private static final String CASES = """
            select c.student_id, c.status, r.rule_id, r.level, e.kind, e.record_id
            from early_warning_case c join case_reason r on r.case_id = c.id
            left join reason_evidence e on e.reason_id = r.id
            where c.student_id = any (?)""";

    private static final String FLAGS = "select student_id, incident_id from concealment_flag where student_id = any (?)";

    /** A snoozed rule stays quiet until its date, through that day, unless its level rises. */
    private static final String SNOOZES = """
            select c.student_id, r.rule_id, r.snoozed_level from case_reason r
            join early_warning_case c on c.id = r.case_id
            where c.student_id = any (?) and r.snoozed_until >= ?""";

    /** The escalations of the present episode of each open case, with the roles they found missing. */
    private static final String ESCALATIONS = """
            select c.student_id, e.rule_id, e.target, m.role from case_escalation e
            join early_warning_case c on c.id = e.case_id
            left join case_escalation_missing_role m on m.escalation_id = e.id
            where c.student_id = any (?) and c.status <> 'CLOSED' and e.escalated_at >= c.episode_started_at""";

    /** One student's cases as far as novelty goes. */
    private static final class Known {
        final Map<String, Level> openRules = new HashMap<>();
        final Map<String, Set<Evidence>> openEvidence = new HashMap<>();
        final Map<String, Level> snoozed = new HashMap<>();
        final Set<Evidence> anyEvidence = new HashSet<>();
        boolean open;
    }

    private final Map<Long, Known> byStudent = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, Set<String>> escalations = new HashMap<>();

    private KnownCases() {
    }

    public static KnownCases of(Connection connection, Collection<Long> studentIds, LocalDate today)
            throws SQLException {
        KnownCases known = new KnownCases();
        Array ids = connection.createArrayOf("bigint", studentIds.toArray());
        try (PreparedStatement query = connection.prepareStatement(CASES)) {
            query.setArray(1, ids);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    known.add(r);
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(FLAGS)) {
            query.setArray(1, ids);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    known.flags.add(r.getLong(1) + "/" + r.getLong(2));
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(SNOOZES)) {
            query.setArray(1, ids);
            query.setDate(2, Date.valueOf(today));
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    known.byStudent.computeIfAbsent(r.getLong(1), id -> new Known()).snoozed
                            .merge(r.getString(2), Level.valueOf(r.getString(3)), (a, b) -> a.isAbove(b) ? a : b);
                }
            }
        }
        try (PreparedStatement query = connection.prepareStatement(ESCALATIONS)) {
            query.setArray(1, ids);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    Set<String> missing = known.escalations.computeIfAbsent(
                            r.getLong(1) + "/" + r.getString(2) + "/" + r.getString(3), k -> new HashSet<>());
                    if (r.getString(4) != null) {
                        missing.add(r.getString(4));
                    }
                }
            }
        }
        return known;
    }

    private void add(ResultSet r) throws SQLException {
        Known known = byStudent.computeIfAbsent(r.getLong(1), id -> new Known());
        boolean open = !"CLOSED".equals(r.getString(2));
        String ruleId = r.getString(3);
        String kind = r.getString(5);
        Evidence evidence = kind == null ? null : new Evidence(EvidenceKind.valueOf(kind), r.getLong(6));
        if (open) {
            known.open = true;
            known.openRules.put(ruleId, Level.valueOf(r.getString(4)));
            Set<Evidence> ofRule = known.openEvidence.computeIfAbsent(ruleId, id -> new HashSet<>());
            if (evidence != null) {
                ofRule.add(evidence);
            }
        }
        if (evidence != null) {
            known.anyEvidence.add(evidence);
        }
    }

    /**
     * Whether a finding would change the student's cases: with an open case, a new rule, a higher level or new
     * evidence; without one, evidence that no earlier case of the student has dealt with. A rule a person snoozed
     * is news only above the level it was snoozed at.
     */
    public boolean isNews(Finding finding) {
        Known known = byStudent.get(finding.getStudentId());
        if (known == null) {
            return true;
        }
        Level snoozedAt = known.snoozed.get(finding.getRuleId());
        if (snoozedAt != null && !finding.getLevel().isAbove(snoozedAt)) {
            return false;
        }
        if (known.open) {
            Level level = known.openRules.get(finding.getRuleId());
            return level == null || finding.getLevel().isAbove(level)
                    || !known.openEvidence.get(finding.getRuleId()).containsAll(finding.getEvidence());
        }
        return !known.anyEvidence.containsAll(finding.getEvidence());
    }

    /**
     * Whether the present episode of the student's open case has not been escalated by that rule to that target
     * yet, or not for every role the escalation finds missing.
     */
    public boolean isNews(Escalation escalation) {
        Set<String> missing = escalations.get(
                escalation.studentId() + "/" + escalation.ruleId() + "/" + escalation.target());
        return missing == null
                || !missing.containsAll(escalation.missingRoles().stream().map(Enum::name).toList());
    }

    public boolean isNews(ConcealmentFlag flag) {
        return !flags.contains(flag.studentId() + "/" + flag.incidentId());
    }
}
