package kz.qorgau.thresholds.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.qorgau.earlywarning.rules.Thresholds;
import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.InvalidFields.FieldProblem;
import kz.qorgau.platform.Messages;

/** A proposed version is checked field by field, every bad field named, before anything is stored. */
class ThresholdSettingsTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void keepsTheBaseValuesOfTheFieldsLeftOut() {
        Thresholds base = Thresholds.catalogue();
        base.setEw04MinIncidents(5);

        Thresholds proposed = ThresholdSettings.apply(base, proposed("{\"ew06MinDeliveries\": 3}"), VALIDATOR);

        assertThat(proposed.getEw04MinIncidents()).isEqualTo(5);
        assertThat(proposed.getEw06MinDeliveries()).isEqualTo(3);
        assertThat(base.getEw06MinDeliveries()).as("the base is left as it was").isEqualTo(2);
    }

    @Test
    void storesEveryValueAndReadsThemBack() {
        Thresholds proposed = ThresholdSettings.apply(Thresholds.catalogue(),
                proposed("{\"ew09WeightUnexcusedAbsenceDay\": 0.35, \"reopenWithinDays\": 120}"), VALIDATOR);

        String stored = ThresholdSettings.write(proposed);

        assertThat(json(stored).keySet()).containsExactlyInAnyOrderElementsOf(ThresholdSettings.fields());
        assertThat(ThresholdSettings.values(ThresholdSettings.read(stored)))
                .isEqualTo(ThresholdSettings.values(proposed))
                .containsEntry("ew09WeightUnexcusedAbsenceDay", 0.35)
                .containsEntry("reopenWithinDays", 120);
    }

    @Test
    void acceptsTheEdgesOfEachRange() {
        Thresholds proposed = ThresholdSettings.apply(Thresholds.catalogue(), proposed("""
                {"ew01WindowDays": 1, "ew02WindowDays": 3650, "ew04MinIncidents": 1, "ew09WeightRaidDelivery": 0,
                 "ew09HalfLifeDays": 1, "reopenWithinDays": 365, "ew09LowBand": 0.5, "ew09MediumBand": 0.6,
                 "ew09HighBand": 0.7, "ew11ReportDays": 1, "ew06MinDeliveries": 2.00}"""), VALIDATOR);

        assertThat(proposed.getEw01WindowDays()).isEqualTo(1);
        assertThat(proposed.getEw02WindowDays()).isEqualTo(3650);
        assertThat(proposed.getEw09WeightRaidDelivery()).isZero();
        assertThat(proposed.getEw09HighBand()).isEqualTo(0.7);
    }

    @Test
    void namesEveryFieldOutOfItsRange() {
        InvalidFields invalid = assertThrows(InvalidFields.class, () -> ThresholdSettings.apply(Thresholds.catalogue(),
                proposed("""
                        {"ew01WindowDays": 0, "ew02WindowDays": 3651, "ew04MinIncidents": 0,
                         "ew09WeightRiskSession": -0.1, "ew09HalfLifeDays": 0, "reopenWithinDays": 366,
                         "ew09LowBand": 0, "ew08WindowDays": 1e400}"""), VALIDATOR));

        assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("ew01WindowDays",
                "ew02WindowDays", "ew04MinIncidents", "ew09WeightRiskSession", "ew09HalfLifeDays", "reopenWithinDays",
                "ew09LowBand", "ew08WindowDays");
        assertThat(invalid.problems()).extracting(FieldProblem::messageKey).containsOnly("thresholds.field.range");
        assertThat(invalid.problems()).filteredOn(p -> p.field().equals("ew09LowBand")).singleElement()
                .extracting(FieldProblem::arguments).isEqualTo(new Object[] {"ew09LowBand", "0.01", "1000"});
        assertThat(invalid.arguments()).containsExactly(8);
    }

    @Test
    void rejectsUnknownFieldsValuesThatAreNoNumberAndFractionsOfWholeNumbers() {
        InvalidFields invalid = assertThrows(InvalidFields.class, () -> ThresholdSettings.apply(Thresholds.catalogue(),
                proposed("{\"ew04MinIncident\": 2, \"ew04WindowDays\": \"30\", \"ew06MinDeliveries\": null,"
                        + " \"ew08MinTimes\": 2.5, \"ew05WindowDays\": {\"a\": [1]}, \"ew03WindowDays\": [30]}"),
                VALIDATOR));

        assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("ew04MinIncident", "thresholds.field.unknown"),
                        tuple("ew04WindowDays", "thresholds.field.not-a-number"),
                        tuple("ew06MinDeliveries", "thresholds.field.not-a-number"),
                        tuple("ew08MinTimes", "thresholds.field.whole"),
                        tuple("ew05WindowDays", "thresholds.field.not-a-number"),
                        tuple("ew03WindowDays", "thresholds.field.not-a-number"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"ew09LowBand\": 7}",
            "{\"ew09MediumBand\": 11}",
            "{\"ew09HighBand\": 6.5}",
            "{\"ew09LowBand\": 8, \"ew09MediumBand\": 6, \"ew09HighBand\": 12}"})
    void rejectsBandsThatDoNotRise(String bands) {
        InvalidFields invalid = assertThrows(InvalidFields.class,
                () -> ThresholdSettings.apply(Thresholds.catalogue(), proposed(bands), VALIDATOR));

        assertThat(invalid.problems()).extracting(FieldProblem::messageKey).containsExactly("thresholds.bands.order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void explainsEachProblemInTheCallersLanguage(String language) {
        InvalidFields invalid = assertThrows(InvalidFields.class, () -> ThresholdSettings.apply(Thresholds.catalogue(),
                proposed("{\"bogus\": 1, \"ew04WindowDays\": true, \"ew08MinTimes\": 2.5, \"ew01WindowDays\": 0}"),
                VALIDATOR));
        InvalidFields bands = assertThrows(InvalidFields.class,
                () -> ThresholdSettings.apply(Thresholds.catalogue(), proposed("{\"ew09LowBand\": 7}"), VALIDATOR));
        Locale locale = Locale.forLanguageTag(language);

        List<FieldProblem> problems = new ArrayList<>(invalid.problems());
        problems.addAll(bands.problems());
        assertThat(problems).allSatisfy(p -> assertThat(Messages.text(locale, p.messageKey(), p.arguments()))
                .isNotEqualTo(p.messageKey())
                .doesNotContain("{")
                .contains(p.messageKey().equals("thresholds.bands.order") ? "7" : p.field()));
        assertThat(Messages.text(locale, invalid.messageKey(), invalid.arguments())).contains("4");
    }

    /** The values as the API reads them from a proposal's body. */
    private static ThresholdValues.Reading proposed(String values) {
        return ThresholdValues.read(
                JSONB.fromJson("{\"note\": \"why\", \"values\": " + values + "}", ThresholdProposal.class).values());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
