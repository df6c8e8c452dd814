/**
 * A student handed over from one school to another: requested by the school that lets the student go, confirmed or
 * cancelled by the receiving one; on confirmation the student, their open case and its assignee move.
 */
package kz.qorgau.transfers.control;
