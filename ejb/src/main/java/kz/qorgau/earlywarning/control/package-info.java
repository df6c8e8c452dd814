/**
 * Running the rules: one student at once when a signal is recorded, a whole region as a Jakarta Batch job, and writing
 * what they find into cases (docs/EARLY-WARNING.md).
 */
package kz.qorgau.earlywarning.control;
