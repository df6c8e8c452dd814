/**
 * Possible concealments (rule EW-11): incidents the police recorded and the school did not report, for coordinators and
 * ombudsmen.
 */
package kz.qorgau.concealment.control;
