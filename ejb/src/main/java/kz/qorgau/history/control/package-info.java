/**
 * The change history: every committed state of a student's file or a case, read from Hibernate Envers, for supervisors;
 * reading it is audited.
 */
package kz.qorgau.history.control;
