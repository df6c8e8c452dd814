package kz.qorgau.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.ibm.icu.text.MessageFormat;

/**
 * Counts in the rules' explanations take the form their language asks for: Russian tells 1 and 21 (one), 2-4 and
 * 22-24 (few) from 5-20 and 25-30 (many), Kazakh keeps the noun singular after any number, English adds an s.
 */
class PluralMessagesTest {

    private static final Locale RU = Messages.RUSSIAN;
    private static final Locale KK = Messages.KAZAKH;

    @ParameterizedTest
    @CsvSource({
            "1, 1, В 1 консультации психолога за последний день",
            "2, 2, В 2 консультациях психолога за последние 2 дня",
            "5, 5, В 5 консультациях психолога за последние 5 дней",
            "11, 11, В 11 консультациях психолога за последние 11 дней",
            "21, 21, В 21 консультации психолога за последний 21 день",
            "22, 30, В 22 консультациях психолога за последние 30 дней"})
    void russianSessionsAndDaysAgreeWithTheirCount(int sessions, int days, String expected) {
        assertThat(Messages.text(RU, "reason.EW-01", sessions, days)).startsWith(expected + " отмечены");
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 раз за последние 30 дней",
            "2, 2 раза за последние 30 дней",
            "5, 5 раз за последние 30 дней",
            "12, 12 раз за последние 30 дней",
            "21, 21 раз за последние 30 дней",
            "24, 24 раза за последние 30 дней"})
    void russianTimesAgreeWithTheirCount(int times, String expected) {
        assertThat(Messages.text(RU, "reason.EW-08", times, 2, 30)).contains("кибертравли " + expected + " (");
    }

    @ParameterizedTest
    @CsvSource({
            "1, 1 день пропусков без уважительной причины за 21 день",
            "2, 2 дня пропусков без уважительной причины за 21 день",
            "5, 5 дней пропусков без уважительной причины за 21 день",
            "21, 21 день пропусков без уважительной причины за 21 день"})
    void russianAbsenceDaysAgreeWithTheirCount(int absent, String expected) {
        assertThat(Messages.text(RU, "reason.EW-07", 1, absent, 3, 21, 30)).contains("у ребёнка " + expected + " (");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 21})
    void kazakhKeepsTheNounSingularAfterAnyNumber(int count) {
        assertThat(Messages.text(KK, "reason.EW-01", count, 30))
                .startsWith("Соңғы 30 күндегі психологтың " + count + " кеңесінде");
        assertThat(Messages.text(KK, "reason.EW-08", count, 2, 30)).contains("30 күнде " + count + " рет");
    }

    @Test
    void englishSaysOneSessionAndTwoSessions() {
        assertThat(Messages.text(Locale.ENGLISH, "reason.EW-01", 1, 1)).startsWith("1 psychologist session in the last day");
        assertThat(Messages.text(Locale.ENGLISH, "reason.EW-01", 2, 30))
                .startsWith("2 psychologist sessions in the last 30 days");
    }

    /** The inputs of a reason come back from JSON as BigDecimal, which must count as the number it is. */
    @Test
    void countsReadFromJsonAgreeToo() {
        assertThat(Messages.text(RU, "reason.EW-06", new BigDecimal(3), new BigDecimal(2), new BigDecimal(21)))
                .startsWith("3 доставления в ходе рейдов за последний 21 день");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ru", "_kk"})
    void noTextGuessesAPluralWithBrackets(String suffix) throws IOException {
        assertThat(bundle(suffix).values()).allSatisfy(text -> assertThat(text.toString())
                .doesNotContain("(ях)", "(ов)", "(й)", "(я)", "(ам)", "(s)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ru", "_kk"})
    void everyTextIsAPatternIcuReads(String suffix) throws IOException {
        Properties bundle = bundle(suffix);
        assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThatCode(
                () -> new MessageFormat(bundle.getProperty(key), Locale.ROOT)).as(key).doesNotThrowAnyException());
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PluralMessagesTest.class.getResourceAsStream(
                "/kz/qorgau/platform/Messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void aDateReadsAsTypedNotAsALocalesShortDateAtMidnight() {
        assertThat(Messages.text(RU, "family.police.already-registered", LocalDate.of(2026, 11, 6)))
                .contains("2026-11-06").doesNotContain("0:00");
    }
}
