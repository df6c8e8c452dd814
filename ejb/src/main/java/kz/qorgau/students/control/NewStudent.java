package kz.qorgau.students.control;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;
import kz.qorgau.students.entity.Sex;

/** A request to open a student's file. Birth date and sex may be left out: the IIN carries them. */
public record NewStudent(
        @NotBlank(message = "{student.iin.required}") String iin,
        @NotBlank(message = "{student.last-name.required}") @Size(max = 100, message = "{field.too-long}") String lastName,
        @NotBlank(message = "{student.first-name.required}") @Size(max = 100, message = "{field.too-long}") String firstName,
        @Size(max = 100, message = "{field.too-long}") String middleName,
        @PlausibleDate LocalDate birthDate,
        Sex sex,
        @NotNull(message = "{student.school.required}") Long schoolId,
        @Min(value = 0, message = "{student.grade.range}") @Max(value = 12, message = "{student.grade.range}") Integer grade,
        @Size(max = 3, message = "{field.too-long}") String classLetter) {
}
