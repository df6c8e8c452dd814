/**
 * The numbers the rules read as versioned configuration: proposing a version, trying it on a region's past signals
 * (what-if) and putting it in force (docs/EARLY-WARNING.md, "Thresholds are configuration").
 */
package kz.qorgau.thresholds.control;
