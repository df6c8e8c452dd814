/**
 * Signals about children (sessions, incidents, police registrations, raids, imported files) enter through one
 * door: written, audited, and announced to the early-warning evaluation in the same transaction (docs/PRODUCT.md,
 * section 3).
 */
package kz.qorgau.signals.control;
