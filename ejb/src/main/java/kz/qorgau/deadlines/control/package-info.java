/**
 * Rule EW-10 on a server timer: open cases without a first contact past their deadline are escalated to the
 * school's administration, at twice the time allowed to the coordinator, and when CRITICAL to the ombudsman.
 */
package kz.qorgau.deadlines.control;
