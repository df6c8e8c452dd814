package kz.qorgau.thresholds.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import kz.qorgau.earlywarning.rules.Thresholds;
import kz.qorgau.platform.InvalidFields.FieldProblem;
import kz.qorgau.whatif.control.WhatIfRequest;

/** The threshold endpoints' bodies as JSON-B reads them and Bean Validation checks them. */
class ThresholdProposalTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final String DEEP = "[".repeat(5_000) + "]".repeat(5_000);

    @Test
    void aValueNestedFiveThousandDeepIsSkippedAsNotANumber() {
        ThresholdProposal proposal = JSONB.fromJson(
                "{\"note\":\"why\",\"values\":{\"ew04MinIncidents\":" + DEEP + ",\"ew06MinDeliveries\":3}}",
                ThresholdProposal.class);

        assertThat(proposal.values().get("ew04MinIncidents")).isEqualTo(JsonValue.EMPTY_JSON_ARRAY);
        ThresholdValues.Reading reading = ThresholdValues.read(proposal.values());
        assertThat(reading.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("ew04MinIncidents", "thresholds.field.not-a-number"));
        assertThat(reading.values().ew06MinDeliveries()).isEqualTo(3);
    }

    @Test
    void valuesThatAreNoObjectAreMissingValuesAndTheFieldsAfterThemStayTheirOwn() {
        for (String values : List.of("null", "5", "\"x\"", "[1,2]", "true")) {
            ThresholdProposal proposal = JSONB.fromJson("{\"values\":" + values + ",\"note\":\"why\"}",
                    ThresholdProposal.class);

            assertThat(proposal.values()).as(values).isNull();
            assertThat(proposal.note()).as(values).isEqualTo("why");
            assertThat(VALIDATOR.validate(proposal)).extracting(ConstraintViolation::getMessageTemplate).as(values)
                    .containsExactly("{thresholds.values.required}");
        }
    }

    @Test
    void thePageTypesWhatAPersonTypedReadingADecimalComma() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("ew04MinIncidents", "two");
        typed.put("ew09WeightRaidDelivery", "2,5");
        typed.put("ew06MinDeliveries", " 4 ");
        typed.put("ew08MinTimes", "");

        ThresholdValues.Reading reading = ThresholdValues.typed(typed);

        assertThat(reading.problems()).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("ew04MinIncidents", "thresholds.field.not-a-number"),
                tuple("ew08MinTimes", "thresholds.field.not-a-number"));
        assertThat(reading.values().ew09WeightRaidDelivery()).isEqualTo(2.5);
        assertThat(reading.values().ew06MinDeliveries()).isEqualTo(4);
        assertThat(reading.values().ew04MinIncidents()).isNull();
    }

    @Test
    void aBodyNestedFiveThousandDeepWhereTextOrValuesAreDueIsUnreadableNotAServerError() {
        for (String body : new String[] {"{\"note\":\"why\",\"values\":" + DEEP + "}", "{\"note\":" + DEEP + "}"}) {
            assertThatThrownBy(() -> JSONB.fromJson(body, ThresholdProposal.class)).isInstanceOf(JsonbException.class);
        }
        assertThatThrownBy(() -> JSONB.fromJson("{\"regionId\":" + DEEP + "}", WhatIfRequest.class))
                .isInstanceOf(JsonbException.class);
    }

    @Test
    void aProposalNeedsANoteOfAtMostAThousandCharactersAndValues() {
        assertThat(violations(new ThresholdProposal(null, Map.of()))).containsExactly("{thresholds.note.required}");
        assertThat(violations(new ThresholdProposal("x".repeat(1001), Map.of())))
                .containsExactly("{thresholds.note.too-long}");
        assertThat(violations(new ThresholdProposal("why", null))).containsExactly("{thresholds.values.required}");
        assertThat(violations(new ThresholdProposal("x".repeat(1000), Map.of()))).isEmpty();
    }

    @Test
    void aWhatIfNamesARegionAndOneToTwentyFourMonths() {
        assertThat(violations(new WhatIfRequest(75L, 1))).isEmpty();
        assertThat(violations(new WhatIfRequest(75L, 24))).isEmpty();
        assertThat(violations(new WhatIfRequest(75L, 25))).containsExactly("{what-if.months.range}");
        assertThat(violations(new WhatIfRequest(75L, 0))).containsExactly("{what-if.months.range}");
        assertThat(violations(new WhatIfRequest(null, 6))).containsExactly("{what-if.region.required}");
        assertThat(violations(JSONB.fromJson("{\"regionId\":75}", WhatIfRequest.class)))
                .containsExactly("{what-if.months.range}");
    }

    /** A threshold added to the catalogue must be given a range here, typed as the rules use it. */
    @Test
    void everyThresholdOfTheCatalogueHasItsTypedRange() throws IntrospectionException {
        Map<String, Class<?>> catalogue = new TreeMap<>();
        for (PropertyDescriptor p : Introspector.getBeanInfo(Thresholds.class, Object.class).getPropertyDescriptors()) {
            if (p.getWriteMethod() != null) {
                catalogue.put(p.getName(), p.getPropertyType() == int.class ? Integer.class : Double.class);
            }
        }
        Map<String, Class<?>> ranged = new TreeMap<>();
        Arrays.stream(ThresholdValues.class.getRecordComponents())
                .filter(c -> field(c).isAnnotationPresent(ThresholdRange.class))
                .forEach(c -> ranged.put(c.getName(), c.getType()));

        assertThat(ranged).isEqualTo(catalogue);
    }

    private static Field field(RecordComponent component) {
        try {
            return ThresholdValues.class.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<String> violations(T request) {
        return VALIDATOR.validate(request).stream().map(ConstraintViolation::getMessageTemplate).sorted().toList();
    }
}
