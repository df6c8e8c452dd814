package kz.qorgau.imports.control;

import java.time.LocalDate;

import kz.qorgau.students.entity.Iin;

/**
 * What an import needs to know of a student it may write about: the id, the school and the birth date, and the file
 * it was merged into (null unless it was).
 */
public record IndexedStudent(Iin iin, long id, long schoolId, LocalDate birthDate, Long mergedIntoId) {
}
