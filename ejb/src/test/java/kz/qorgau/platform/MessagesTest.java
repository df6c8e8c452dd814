package kz.qorgau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/kz/qorgau/platform/Messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_ru", "_kk"})
    void everyEnglishTextIsTranslated(String suffix) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle(suffix);

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void formatsArgumentsInEachLanguage(String language) {
        String text = Messages.text(Locale.forLanguageTag(language), "iin.check-digit", "110412600002");

        assertThat(text).contains("110412600002").doesNotContain("{0}");
    }

    /** Every record type's "not found", in each language, names the id as written: no separators, no failure. */
    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void aMissingRecordIsNamedByItsIdAsWrittenWithoutSeparators(String language) throws IOException {
        String prefix = "error.not-found.";
        for (String key : bundle("").stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                RecordNotFound missing = new RecordNotFound(key.substring(prefix.length()), 999_999_999L);

                String text = Messages.text(Locale.forLanguageTag(language), missing.messageKey(), missing.arguments());

                assertThat(text).as(key).contains("999999999");
            }
        }
    }

    /** Excel refuses a sheet name longer than 31 characters or holding one of : \\ / ? * [ ]. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_ru", "_kk"})
    void sheetNamesAreNamesExcelAccepts(String suffix) throws IOException {
        Properties bundle = bundle(suffix);

        assertThat(bundle.stringPropertyNames()).filteredOn(key -> key.endsWith(".sheet"))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).hasSizeLessThanOrEqualTo(31)
                        .doesNotContainPattern("[:\\\\/?*\\[\\]]"));
    }
}
