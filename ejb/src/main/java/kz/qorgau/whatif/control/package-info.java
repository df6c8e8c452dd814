/**
 * What-if runs: a draft threshold version tried on a region's past signals in the background, before anyone puts it
 * in force, with what it would have raised beside what the version in force raised (docs/EARLY-WARNING.md,
 * "Thresholds are configuration").
 */
package kz.qorgau.whatif.control;
