package kz.qorgau.thresholds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import kz.qorgau.earlywarning.rules.Thresholds;

/**
 * Version 1, seeded by the migration, is the catalogue of docs/EARLY-WARNING.md, every value written out: it must not
 * change meaning when a later build changes the defaults of {@link Thresholds}.
 */
class CatalogueVersionTest {

    private static final Pattern SEED = Pattern.compile("values \\(1, '(\\{.*?})', 'ACTIVE'", Pattern.DOTALL);

    @Test
    void versionOneNamesEveryValueOfTheCatalogue() throws IOException {
        String seeded = seed();

        assertThat(Json.createReader(new StringReader(seeded)).readObject().keySet())
                .containsExactlyInAnyOrderElementsOf(ThresholdSettings.fields());
        assertThat(ThresholdSettings.values(ThresholdSettings.read(seeded)))
                .isEqualTo(ThresholdSettings.values(new Thresholds()));
    }

    private static String seed() throws IOException {
        try (InputStream in = CatalogueVersionTest.class.getResourceAsStream(
                "/db/migration/V15__threshold_versions.sql")) {
            Matcher matcher = SEED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(matcher.find()).as("the insert of version 1").isTrue();
            return matcher.group(1);
        }
    }
}
