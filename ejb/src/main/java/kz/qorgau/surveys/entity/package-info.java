/**
 * Screening surveys: instruments and their scales, campaigns over schools, results per student and scale, and the
 * parents' opt-outs, which keep a child's results away from the early-warning rules.
 */
package kz.qorgau.surveys.entity;
