package kz.qorgau.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Query results are read as lists. Hibernate hands a result stream's rows over one at a time, so batch fetching sees
 * one entity at once and each row's lazy collections cost statements of their own: a page of 20 cases took 121
 * statements instead of 6 ({@code CaseListStatementsTest}).
 */
class QueryResultsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qorgau");

    @Test
    void noQueryIsReadAsAStream() {
        noClasses()
                .should().callMethod(TypedQuery.class, "getResultStream")
                .orShould().callMethod(Query.class, "getResultStream")
                .because("a stream's rows defeat batch fetching: read getResultList() and stream the list")
                .check(CLASSES);
    }
}
