package kz.qorgau.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Who may call a service is declared once, on the service: every public method of a session bean says it, with
 * {@code @RolesAllowed}, {@code @PermitAll} (plumbing that only other beans, timers, batch jobs or background runs
 * call) or {@code @DenyAll}, on itself or on its class.
 */
class SessionBeanRolesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qorgau");

    private static final List<Class<? extends Annotation>> DECLARATIONS = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class);

    private static final DescribedPredicate<JavaClass> SESSION_BEANS = DescribedPredicate.describe("are session beans",
            c -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class)
                    || c.isAnnotatedWith(Stateful.class));

    @Test
    void everyPublicMethodOfASessionBeanDeclaresWhoMayCallIt() {
        methods().that().arePublic().and().areNotStatic()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC).and().doNotHaveModifier(JavaModifier.BRIDGE)
                .and().areDeclaredInClassesThat(SESSION_BEANS)
                .should(declareWhoMayCallThem())
                .check(CLASSES);
    }

    /** A timer runs without a caller: in a bean whose class declares roles, it says that it needs none. */
    @Test
    void aTimerOfABeanThatDeclaresRolesPermitsAll() {
        methods().that().areAnnotatedWith(Schedule.class)
                .and().areDeclaredInClassesThat().areAnnotatedWith(RolesAllowed.class)
                .should().beAnnotatedWith(PermitAll.class)
                .check(CLASSES);
    }

    /** The rules above would hold trivially if the import found nothing. */
    @Test
    void theSessionBeansAreFound() {
        assertThat(CLASSES.that(SESSION_BEANS)).hasSizeGreaterThan(60);
    }

    private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
        return new ArchCondition<>("declare who may call them") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = DECLARATIONS.stream().anyMatch(a -> method.isAnnotatedWith(a)
                        || method.getOwner().isAnnotatedWith(a));
                String says = declared ? " declares who may call it"
                        : " declares none of @RolesAllowed, @PermitAll, @DenyAll";
                events.add(new SimpleConditionEvent(method, declared, method.getFullName() + says));
            }
        };
    }
}
