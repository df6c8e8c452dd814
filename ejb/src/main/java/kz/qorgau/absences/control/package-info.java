/** Reading a student's absences; they are written by the absences import in {@code kz.qorgau.imports.control}. */
package kz.qorgau.absences.control;
