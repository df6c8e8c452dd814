package kz.qorgau.earlywarning.control;

import jakarta.ejb.Stateless;

import kz.qorgau.earlywarning.rules.Thresholds;

/** The thresholds the evaluation runs with. */
@Stateless
public class EvaluationThresholds {

    public ThresholdsInForce current() {
        return new ThresholdsInForce(null, Thresholds.catalogue());
    }
}
