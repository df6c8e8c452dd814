package kz.qorgau.platform;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date (or moment) a person could mean: from {@link PlausibleDateValidator#EARLIEST} to
 * {@link PlausibleDateValidator#LATEST}. Anything beyond is a typing slip or a probe, and the database could not store
 * the extremes Java parses ({@code +999999999-12-31}). Null is valid; {@code @NotNull} says whether it is required.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {

    String message() default "{date.implausible}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
