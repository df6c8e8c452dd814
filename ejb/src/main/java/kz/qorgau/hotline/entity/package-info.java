/**
 * The trust line (сенім телефоны): anonymous reports about children, taken by an operator and triaged once into
 * an incident of a student, a link to the student's early-warning case, or a closure with a reason. Nothing
 * identifies the caller; the child is linked only when the operator identifies them.
 */
package kz.qorgau.hotline.entity;
