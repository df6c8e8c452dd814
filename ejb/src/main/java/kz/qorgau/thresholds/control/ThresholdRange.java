package kz.qorgau.thresholds.control;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The values that make sense for one threshold, both ends included; both ends go into the message. */
@Documented
@Constraint(validatedBy = ThresholdRange.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface ThresholdRange {

    double min();

    double max();

    String message() default "{thresholds.field.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ThresholdRange, Number> {

        private double min;
        private double max;

        @Override
        public void initialize(ThresholdRange range) {
            min = range.min();
            max = range.max();
        }

        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            return value == null || (value.doubleValue() >= min && value.doubleValue() <= max);
        }
    }
}
