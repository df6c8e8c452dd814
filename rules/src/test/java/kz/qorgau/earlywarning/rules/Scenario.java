package kz.qorgau.earlywarning.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A student's signals on a pinned day, evaluated on a bare KieSession. */
final class Scenario {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final long STUDENT = 7L;
    static final long SCHOOL = 1001L;
    static final long FAMILY = 300L;
    static final EarlyWarningRules RULES = EarlyWarningRules.fromClasspath();

    private final List<Object> facts = new ArrayList<>();
    private final long student;
    private Thresholds thresholds = Thresholds.catalogue();
    private long nextId = 100;

    Scenario() {
        this(STUDENT);
    }

    /** A scenario of another student, sharing nothing with the default one. */
    Scenario(long student) {
        this.student = student;
        facts.add(new StudentFact(student, SCHOOL, FAMILY));
        facts.add(new SchoolStaffing(SCHOOL, EnumSet.allOf(StaffRole.class)));
    }

    Scenario with(Thresholds changed) {
        this.thresholds = changed;
        return this;
    }

    /** Replaces the school's staffing: only these roles are designated. */
    Scenario staffedWith(StaffRole... roles) {
        facts.removeIf(f -> f instanceof SchoolStaffing);
        if (roles.length > 0) {
            facts.add(new SchoolStaffing(SCHOOL, List.of(roles)));
        }
        return this;
    }

    Scenario session(int daysAgo, RiskIndicator... indicators) {
        EnumSet<RiskIndicator> set = EnumSet.noneOf(RiskIndicator.class);
        set.addAll(List.of(indicators));
        facts.add(new SessionSignal(nextId++, student, TODAY.minusDays(daysAgo), set));
        return this;
    }

    Scenario incident(int daysAgo, ParticipantRole role) {
        return incident(daysAgo, role, IncidentType.FIGHT);
    }

    Scenario incident(int daysAgo, ParticipantRole role, IncidentType type) {
        return incident(daysAgo, role, type, IncidentSource.SCHOOL, true, null);
    }

    Scenario incident(int daysAgo, ParticipantRole role, IncidentType type, IncidentSource source,
                      Boolean onSchoolGrounds, LocalTime time) {
        facts.add(new IncidentSignal(nextId++, student, TODAY.minusDays(daysAgo), time, type, role, source,
                onSchoolGrounds));
        return this;
    }

    Scenario survey(int daysAgo, double score, double threshold, boolean suicideRisk) {
        facts.add(new SurveySignal(nextId++, student, TODAY.minusDays(daysAgo), suicideRisk ? "suicide" : "depression",
                score, threshold, suicideRisk));
        return this;
    }

    Scenario policeRegistration(int daysAgo, Integer removedDaysAgo) {
        facts.add(new PoliceRegistrationSignal(nextId++, student, TODAY.minusDays(daysAgo),
                removedDaysAgo == null ? null : TODAY.minusDays(removedDaysAgo)));
        return this;
    }

    Scenario raidDelivery(int daysAgo) {
        facts.add(new RaidDeliverySignal(nextId++, student, TODAY.minusDays(daysAgo)));
        return this;
    }

    Scenario absence(int startDaysAgo, int endDaysAgo, int unexcusedDays) {
        facts.add(new AbsenceSignal(nextId++, student, TODAY.minusDays(startDaysAgo), TODAY.minusDays(endDaysAgo),
                unexcusedDays));
        return this;
    }

    Scenario familyRegistration(int daysAgo, Integer removedDaysAgo) {
        facts.add(new FamilyRegistrationSignal(nextId++, student, FAMILY, TODAY.minusDays(daysAgo),
                removedDaysAgo == null ? null : TODAY.minusDays(removedDaysAgo)));
        return this;
    }

    Scenario siblingCase(Level level) {
        facts.add(new SiblingCaseSignal(nextId++, student, student + 1, level, TODAY.minusDays(1)));
        return this;
    }

    /** A concealment flag raised earlier for the incident with that id, still open. */
    Scenario openFlag(long incidentId) {
        facts.add(new OpenConcealmentFlag(student, incidentId));
        return this;
    }

    /** Adds another scenario's student and signals to this one's session. */
    Scenario and(Scenario other) {
        other.facts.stream().filter(f -> !(f instanceof SchoolStaffing)).forEach(facts::add);
        return this;
    }

    Findings run() {
        return RULES.evaluate(new EvaluationDay(TODAY), thresholds, facts);
    }

    List<Finding> evaluate() {
        return run().all();
    }

    List<Finding> evaluate(String ruleId) {
        return evaluate().stream().filter(f -> f.getRuleId().equals(ruleId)).toList();
    }

    List<Finding> evaluate(String ruleId, long ofStudent) {
        return evaluate(ruleId).stream().filter(f -> f.getStudentId() == ofStudent).toList();
    }

    /** The deadline rule over one open case of the given level, opened {@code hoursAgo} with the given deadline. */
    static List<Escalation> deadlines(Level level, int hoursAgo, Duration allowed, Instant firstContact) {
        Instant now = TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant opened = now.minus(Duration.ofHours(hoursAgo));
        OpenCase theCase = new OpenCase(1, STUDENT, level, opened, opened.plus(allowed), firstContact);
        return RULES.checkDeadlines(new Now(now), List.of(theCase)).escalations();
    }

    static Set<String> ruleIds() {
        return RULES.ruleIds();
    }
}
