package kz.qorgau.security.boundary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.inject.Named;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The pages leave who may act to the services, which declare it: an action of a page bean checks no role by hand,
 * neither itself nor through the pages' own code it calls (the getters that decide what a page shows may), and
 * the pages call none of the plumbing that permits everyone because only other beans call it, but for two lookups
 * within the caller's jurisdiction.
 */
class PageRolesTest {

    private static final String BOUNDARY = "kz.qorgau..boundary..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qorgau");

    /** Asking the token, the request or a security context whether the caller holds a role. */
    private static final Set<String> ROLE_CHECKS = Set.of("kz.qorgau.security.Caller.hasRole",
            "kz.qorgau.security.Caller.isPsychologistOf", "kz.qorgau.security.boundary.SignedIn.is",
            "jakarta.servlet.http.HttpServletRequest.isUserInRole",
            "jakarta.faces.context.ExternalContext.isUserInRole",
            "jakarta.security.enterprise.SecurityContext.isCallerInRole");

    /** Plumbing a page may call, by the page. */
    private static final Map<String, String> LOOKUPS = Map.of(
            // whether the case's school is the caller's, or the case is read under a break-glass grant
            "kz.qorgau.cases.boundary.CasePage", "kz.qorgau.schools.control.Schools.findVisible",
            // the family of the child the form named, who the finder found within the caller's jurisdiction
            "kz.qorgau.police.boundary.PoliceRegisterPage", "kz.qorgau.students.control.StudentService.requireVisible");

    @Test
    void pageActionsCheckNoRolesByHand() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Named.class)
                .and().areDeclaredInClassesThat().resideInAPackage(BOUNDARY)
                .and().arePublic().and().areNotStatic().and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and().haveNameNotMatching("(get|is|set)[A-Z].*")
                .and(DescribedPredicate.describe("are actions", m -> m.getRawReturnType().getName().equals("void")
                        || m.getRawReturnType().isEquivalentTo(String.class)))
                .should(checkNoRoleByHand())
                .check(CLASSES);
    }

    @Test
    void pagesCallNoPlumbingThatPermitsEveryoneButTheirLookups() {
        noClasses().that().resideInAPackage(BOUNDARY)
                .should().accessTargetWhere(DescribedPredicate.describe(
                        "the target is a session bean method that permits all", PageRolesTest::plumbing))
                .check(CLASSES);
    }

    private static boolean plumbing(JavaAccess<?> access) {
        String target = name(access);
        return !target.equals(LOOKUPS.get(access.getOriginOwner().getName()))
                && access.getTarget().resolveMember().filter(JavaMethod.class::isInstance).map(JavaMethod.class::cast)
                .filter(m -> m.getOwner().isAnnotatedWith(Stateless.class)
                        || m.getOwner().isAnnotatedWith(Singleton.class))
                .filter(m -> m.isAnnotatedWith(PermitAll.class) || m.getOwner().isAnnotatedWith(PermitAll.class)
                        && !m.isAnnotatedWith(RolesAllowed.class) && !m.isAnnotatedWith(DenyAll.class))
                .isPresent();
    }

    private static ArchCondition<JavaMethod> checkNoRoleByHand() {
        return new ArchCondition<>("check no role by hand") {
            @Override
            public void check(JavaMethod action, ConditionEvents events) {
                Optional<JavaAccess<?>> check = roleCheckIn(action, new HashSet<>());
                events.add(new SimpleConditionEvent(action, check.isEmpty(), check
                        .map(c -> action.getFullName() + " checks a role: " + c.getDescription())
                        .orElse(action.getFullName() + " checks no role")));
            }
        };
    }

    /** The first role check in the code unit, its lambdas, or the code of the pages' own classes it calls. */
    private static Optional<JavaAccess<?>> roleCheckIn(JavaCodeUnit unit, Set<JavaCodeUnit> seen) {
        if (!seen.add(unit)) {
            return Optional.empty();
        }
        for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
            if (ROLE_CHECKS.contains(name(access))) {
                return Optional.of(access);
            }
            if (access.getTargetOwner().getPackageName().matches("kz\\.qorgau\\..*\\.boundary")) {
                Optional<JavaAccess<?>> deeper = access.getTarget().resolveMember()
                        .filter(JavaCodeUnit.class::isInstance).map(JavaCodeUnit.class::cast)
                        .flatMap(callee -> roleCheckIn(callee, seen));
                if (deeper.isPresent()) {
                    return deeper;
                }
            }
        }
        return Optional.empty();
    }

    private static String name(JavaAccess<?> access) {
        return access.getTarget().getFullName().replaceAll("\\(.*", "");
    }
}
