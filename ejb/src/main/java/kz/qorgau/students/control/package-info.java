/**
 * Students' files: opening by IIN, finding within the caller's jurisdiction, correcting and changing status. Handing a student over to
 * another school is the transfers feature's.
 */
package kz.qorgau.students.control;
