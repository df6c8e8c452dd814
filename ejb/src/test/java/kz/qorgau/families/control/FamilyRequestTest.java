package kz.qorgau.families.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import kz.qorgau.families.entity.SocialFlag;

/** A family's flags as JSON-B reads them and Bean Validation checks them: a flag named twice is refused, not merged. */
class FamilyRequestTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aFlagNamedTwiceIsRefusedOnANewFamilyAndOnAChange() {
        NewFamily opened = JSONB.fromJson("""
                {"schoolId":1001,"address":"Алматы, Абай даңғылы 1","flags":["LARGE_FAMILY","LARGE_FAMILY"]}""",
                NewFamily.class);
        FamilyChange changed = JSONB.fromJson("""
                {"address":"Алматы, Абай даңғылы 1","flags":["LARGE_FAMILY","LARGE_FAMILY"],"version":0}""",
                FamilyChange.class);

        assertThat(VALIDATOR.validate(opened)).extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly("{field.duplicate-items}");
        assertThat(VALIDATOR.validate(changed)).extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly("{field.duplicate-items}");
    }

    @Test
    void distinctFlagsPass() {
        NewFamily opened = JSONB.fromJson("""
                {"schoolId":1001,"address":"Алматы, Абай даңғылы 1","flags":["LARGE_FAMILY"]}""", NewFamily.class);

        assertThat(VALIDATOR.validate(opened)).isEmpty();
        assertThat(opened.flags()).containsExactly(SocialFlag.LARGE_FAMILY);
    }
}
