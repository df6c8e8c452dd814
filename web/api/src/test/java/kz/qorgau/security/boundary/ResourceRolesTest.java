package kz.qorgau.security.boundary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The API leaves who may call a service to the service, which declares it: the resources declare no roles, check
 * none by hand, and call none of the plumbing that permits everyone because only other beans call it.
 */
class ResourceRolesTest {

    private static final String BOUNDARY = "kz.qorgau..boundary..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.qorgau");

    /** Asking the token, the request or a security context whether the caller holds a role. */
    private static final Set<String> ROLE_CHECKS = Set.of("kz.qorgau.security.Caller.hasRole",
            "kz.qorgau.security.Caller.isPsychologistOf", "jakarta.servlet.http.HttpServletRequest.isUserInRole",
            "jakarta.ws.rs.core.SecurityContext.isUserInRole",
            "jakarta.security.enterprise.SecurityContext.isCallerInRole");

    @Test
    void resourcesDeclareNoRoles() {
        noClasses().that().resideInAPackage(BOUNDARY)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage(BOUNDARY)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void resourcesCheckNoRolesByHand() {
        noClasses().that().resideInAPackage(BOUNDARY)
                .should().accessTargetWhere(DescribedPredicate.describe("a role check",
                        access -> ROLE_CHECKS.contains(access.getTarget().getFullName().replaceAll("\\(.*", ""))))
                .check(CLASSES);
    }

    @Test
    void resourcesCallNoPlumbingThatPermitsEveryone() {
        noClasses().that().resideInAPackage(BOUNDARY)
                .should().accessTargetWhere(DescribedPredicate.describe("a session bean method that permits all",
                        ResourceRolesTest::permitsAll))
                .check(CLASSES);
    }

    private static boolean permitsAll(JavaAccess<?> access) {
        return access.getTarget().resolveMember().filter(JavaMethod.class::isInstance).map(JavaMethod.class::cast)
                .filter(m -> m.getOwner().isAnnotatedWith(Stateless.class)
                        || m.getOwner().isAnnotatedWith(Singleton.class))
                .filter(m -> m.isAnnotatedWith(PermitAll.class) || m.getOwner().isAnnotatedWith(PermitAll.class)
                        && !m.isAnnotatedWith(RolesAllowed.class) && !m.isAnnotatedWith(DenyAll.class))
                .isPresent();
    }
}
