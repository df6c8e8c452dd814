/**
 * Regions, districts and schools, read within the caller's jurisdiction, and the staff each school designates
 * (psychologists, social pedagogues, inspectors), to whom the rules assign cases.
 */
package kz.qorgau.schools.control;
