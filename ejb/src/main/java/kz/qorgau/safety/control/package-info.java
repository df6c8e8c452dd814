/**
 * School safety as people work it: profiles kept by directors and inspectors with their history, inspections
 * against the checklist a profile calls for, prescriptions remedied by the school and accepted or rejected by the
 * inspector, overdue ones escalated to the coordinator, and the figures a report of it needs.
 */
package kz.qorgau.safety.control;
