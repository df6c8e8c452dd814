/**
 * Notices to the supervisors of a school (break-glass openings), written by the features and read by coordinators,
 * ombudsmen and admins.
 */
package kz.qorgau.notices.control;
