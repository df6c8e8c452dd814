package kz.qorgau.earlywarning.rules;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of rule EW-09: every signal weighs by its kind, and halves in weight every half-life; a police or
 * family registration weighs fully while it is active and not at all once removed. The band the sum reaches is the
 * level; the role whose signals weigh most is who should act.
 */
public final class RiskScore {

    private final double score;
    private final Level level;
    private final StaffRole dominantRole;
    private final List<Signal> contributors;

    private RiskScore(double score, Level level, StaffRole dominantRole, List<Signal> contributors) {
        this.score = score;
        this.level = level;
        this.dominantRole = dominantRole;
        this.contributors = contributors;
    }

    public static RiskScore of(Collection<? extends Signal> signals, EvaluationDay day, Thresholds thresholds) {
        double total = 0;
        Map<StaffRole, Double> byRole = new EnumMap<>(StaffRole.class);
        List<Signal> contributors = new ArrayList<>();
        for (Signal signal : signals) {
            double weight = contribution(signal, day, thresholds);
            if (weight > 0) {
                total += weight;
                byRole.merge(signal.calls(), weight, Double::sum);
                contributors.add(signal);
            }
        }
        StaffRole dominant = byRole.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(StaffRole.PSYCHOLOGIST);
        // The band is read from the score as the reason shows it, so that a shown 7.0 is never below a band of 7.0.
        double shown = Math.round(total * 100) / 100.0;
        return new RiskScore(total, band(shown, thresholds), dominant, Collections.unmodifiableList(contributors));
    }

    /** What one signal adds to the score on the day. */
    static double contribution(Signal signal, EvaluationDay day, Thresholds thresholds) {
        double weight = signal.weight(thresholds);
        if (weight <= 0) {
            return 0;
        }
        if (signal instanceof RegistrationSignal registration) {
            return registration.isActiveOn(day.getDate()) ? weight : 0;
        }
        long age = ChronoUnit.DAYS.between(signal.getDate(), day.getDate());
        if (age < 0 || age > thresholds.getEw09WindowDays()) {
            return 0;
        }
        return weight * Math.pow(0.5, (double) age / thresholds.getEw09HalfLifeDays());
    }

    private static Level band(double score, Thresholds thresholds) {
        if (score >= thresholds.getEw09HighBand()) {
            return Level.HIGH;
        }
        if (score >= thresholds.getEw09MediumBand()) {
            return Level.MEDIUM;
        }
        return score >= thresholds.getEw09LowBand() ? Level.LOW : null;
    }

    public double getScore() {
        return score;
    }

    /** The score to two decimals, as the reason shows it. */
    public double getRounded() {
        return Math.round(score * 100) / 100.0;
    }

    /** The band reached, or null below the lowest. */
    public Level getLevel() {
        return level;
    }

    public StaffRole getDominantRole() {
        return dominantRole;
    }

    /** HIGH within 72 hours, MEDIUM within 5 days, LOW within 10 days. */
    public Duration getFirstContact() {
        if (level == Level.HIGH) {
            return Duration.ofHours(72);
        }
        return level == Level.MEDIUM ? Duration.ofDays(5) : Duration.ofDays(10);
    }

    public List<Signal> getContributors() {
        return contributors;
    }
}
