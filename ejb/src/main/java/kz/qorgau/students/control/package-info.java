/**
 * Students' files: opening by IIN, finding within the caller's jurisdiction, correcting, changing status, and handing a
 * student over to another school.
 */
package kz.qorgau.students.control;
