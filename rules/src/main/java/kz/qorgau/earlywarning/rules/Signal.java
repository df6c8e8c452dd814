package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.Map;

/**
 * A record about one student that a rule can weigh. Every signal can name itself as evidence and describe what
 * the rule saw, so that a reason reads the same years later.
 */
public interface Signal {

    long getStudentId();

    /** The day the signal happened (a session, an incident, the end of an absence period, a registration). */
    LocalDate getDate();

    Evidence evidence();

    /** What a rule saw of this record, in plain values, kept with the reason that cites it. */
    Map<String, Object> snapshot();

    /** The weight of this kind of signal in the risk score of EW-09, before decay; zero when it weighs nothing. */
    double weight(Thresholds thresholds);

    /** The staff role a signal of this kind calls for when it dominates the risk score of EW-09. */
    StaffRole calls();
}
