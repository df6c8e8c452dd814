package kz.qorgau.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.InvalidInput;

/** What an attacker sends, and what JSON-B would have made of it, refused by field before anything is bound. */
class StrictJsonTest {

    enum Kind { INDIVIDUAL, GROUP }

    public record Measure(String title, LocalDate dueDate) {
    }

    public record Request(String name, long version, Integer count, boolean flag, Boolean optional, LocalDate date,
                          Kind kind, double weight, List<Long> ids, List<Measure> measures) {
    }

    private static void check(String json) {
        JsonShape.check(StrictJson.read(json), Request.class);
    }

    @Test
    void acceptsWhatIsWrittenAsDeclared() {
        check("""
                {"name":"Әлия Құрманғазықызы — Алия\\nекінші жол","version":9007199254740993,"count":-3,"flag":true,
                 "optional":null,"date":"2026-02-28","kind":"GROUP","weight":0.25,"ids":[1001,1002],
                 "measures":[{"title":"Үйге бару","dueDate":"2026-03-01"}]}""");
        check("{}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"version\":1001.5}", "{\"version\":18446744073709551617}", "{\"version\":\"12\"}",
            "{\"version\":null}", "{\"count\":2147483648}", "{\"count\":1e3}", "{\"flag\":\"yes\"}", "{\"flag\":1}",
            "{\"optional\":1e308}", "{\"name\":12}", "{\"name\":\"x\\u0000y\"}", "{\"name\":\"bell\\u0007\"}",
            "{\"ids\":[1,2.5]}", "{\"ids\":7}", "{\"kind\":3}", "{\"date\":20260228}", "{\"weight\":\"1\"}",
            "{\"measures\":[{\"title\":\"x\",\"due\":\"2026-01-01\"}]}", "{\"name\":\"x\",\"unknown\":1}", "[]", "7"})
    void refusesWhatWouldBeCoerced(String json) {
        assertThatThrownBy(() -> check(json)).isInstanceOf(InvalidFields.class);
    }

    @Test
    void namesEveryFieldByItsPath() {
        InvalidFields refusal = catchThrowableOfType(InvalidFields.class, () -> check("""
                {"version":1.5,"measures":[{"title":"ok"},{"title":"a\\u0000b"}],"extra":true}"""));

        assertThat(refusal.problems()).extracting(InvalidFields.FieldProblem::field)
                .containsExactly("version", "measures[1].title", "extra");
        assertThat(refusal.problems()).extracting(InvalidFields.FieldProblem::messageKey)
                .containsExactly("problem.body-field-invalid", "problem.body-field-control-character",
                        "problem.body-field-unknown");
    }

    @Test
    void refusesDeepNestingBeforeBuildingIt() {
        String deep = "[".repeat(5000) + "]".repeat(5000);

        assertThatThrownBy(() -> StrictJson.read(deep)).isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("messageKey", "problem.body-too-deep");
        assertThatThrownBy(() -> StrictJson.read("{\"a\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(41)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void malformedJsonIsAJsonException() {
        assertThatThrownBy(() -> StrictJson.read("{\"name\":")).isInstanceOf(JsonException.class);
    }
}
