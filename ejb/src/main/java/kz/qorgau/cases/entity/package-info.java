/**
 * An early-warning case and what hangs on it: its reasons with their evidence, assignments, measures, escalations, the
 * marks people put on reasons, and the events of its timeline.
 */
package kz.qorgau.cases.entity;
