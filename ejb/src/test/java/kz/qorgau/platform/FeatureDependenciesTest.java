package kz.qorgau.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The features of the domain (their services and entities) depend on each other one way only, so that each can be
 * read, changed and tested from the bottom up: platform and security at the bottom, the rules' vocabulary
 * ({@code kz.qorgau.earlywarning.rules}, a module of its own) beside them, schools and students above, the signals
 * above those, the early-warning evaluation and the cases above the signals, reports on top. A cycle here means a
 * class sits in the wrong feature. The pages and the API (boundaries) may compose several features; nothing below
 * depends on them, which the web modules cannot offer anyway.
 */
class FeatureDependenciesTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(FeatureDependenciesTest::notATestJar)
            .importPackages("kz.qorgau");

    /** A feature is the package after {@code kz.qorgau}; the rules' vocabulary counts as one of its own. */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith("kz.qorgau.")) {
                return SliceIdentifier.ignore();
            }
            if (name.startsWith("kz.qorgau.earlywarning.rules")) {
                return SliceIdentifier.of("rules");
            }
            return SliceIdentifier.of(name.split("\\.")[2]);
        }

        @Override
        public String getDescription() {
            return "features of kz.qorgau";
        }
    };

    /** The demo module reruns this test with the ejb module's tests on its class path, as a jar: not domain code. */
    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar");
    }

    @Test
    void noTwoFeaturesDependOnEachOther() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(DOMAIN);
    }
}
