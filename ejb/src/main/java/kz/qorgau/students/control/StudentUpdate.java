package kz.qorgau.students.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A correction of a student's file, made against the version the client read. */
public record StudentUpdate(
        @NotBlank(message = "{student.last-name.required}") @Size(max = 100, message = "{field.too-long}") String lastName,
        @NotBlank(message = "{student.first-name.required}") @Size(max = 100, message = "{field.too-long}") String firstName,
        @Size(max = 100, message = "{field.too-long}") String middleName,
        @Min(value = 0, message = "{student.grade.range}") @Max(value = 12, message = "{student.grade.range}") Integer grade,
        @Size(max = 3, message = "{field.too-long}") String classLetter,
        @NotNull(message = "{version.required}") Long version) {
}
