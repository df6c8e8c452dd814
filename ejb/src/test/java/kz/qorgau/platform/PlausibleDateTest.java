package kz.qorgau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlausibleDateTest {

    private final PlausibleDateValidator validator = new PlausibleDateValidator();

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2011-04-12", "2100-12-31"})
    void daysPeopleMeanAreValid(String day) {
        assertThat(validator.isValid(LocalDate.parse(day), null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31",
            "+999999999-12-31"})
    void absurdDaysAreNot(String day) {
        assertThat(validator.isValid(LocalDate.parse(day), null)).isFalse();
    }

    @Test
    void momentsCountByTheirDayInUtc() {
        assertThat(validator.isValid(Instant.parse("1900-01-01T00:00:00Z"), null)).isTrue();
        assertThat(validator.isValid(Instant.parse("2100-12-31T23:59:59Z"), null)).isTrue();
        assertThat(validator.isValid(Instant.parse("1899-12-31T23:59:59Z"), null)).isFalse();
        assertThat(validator.isValid(Instant.parse("2101-01-01T00:00:00Z"), null)).isFalse();
        assertThat(validator.isValid(Instant.MAX, null)).isFalse();
        assertThat(validator.isValid(Instant.MIN, null)).isFalse();
    }

    @Test
    void aMissingDateIsLeftToNotNull() {
        assertThat(validator.isValid(null, null)).isTrue();
    }

    /** A request record is one that declares a constraint; each of its days and moments must be plausible. */
    @Test
    void everyDateOfEveryRequestRecordIsChecked() throws IOException, URISyntaxException {
        List<String> unchecked = records()
                .filter(PlausibleDateTest::declaresConstraints)
                .flatMap(type -> Arrays.stream(type.getRecordComponents()))
                .filter(c -> c.getType() == LocalDate.class || c.getType() == Instant.class)
                .filter(c -> !field(c).isAnnotationPresent(PlausibleDate.class))
                .map(c -> c.getDeclaringRecord().getName() + "." + c.getName())
                .toList();

        assertThat(unchecked).isEmpty();
    }

    private static Stream<Class<?>> records() throws IOException, URISyntaxException {
        Path classes = Path.of(PlausibleDate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(PlausibleDateTest::load)
                    .filter(Class::isRecord)
                    .toList()
                    .stream();
        }
    }

    private static boolean declaresConstraints(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(PlausibleDateTest::field)
                .flatMap(f -> Arrays.stream(f.getAnnotations()))
                .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.validation"));
    }

    private static Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PlausibleDateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
