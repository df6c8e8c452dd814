/**
 * The numbers the rules read as versioned configuration: proposing a version, putting it in force, and telling the
 * evaluation which version is in force (docs/EARLY-WARNING.md, "Thresholds are configuration").
 */
package kz.qorgau.thresholds.control;
