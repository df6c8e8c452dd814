package kz.qorgau.thresholds.control;

import kz.qorgau.earlywarning.rules.Thresholds;

/** The thresholds the rules run with, and the number of their version, which every reason records. */
public record ThresholdsInForce(Integer version, Thresholds values) {
}
