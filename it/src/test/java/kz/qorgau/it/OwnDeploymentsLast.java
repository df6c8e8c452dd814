package kz.qorgau.it;

import java.util.Comparator;

import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * The classes that deploy the EAR themselves run after all the others, so that the shared deployment
 * ({@link SharedDeployment}) is made once and not made again after them. The others keep their order. Set in
 * {@code junit-platform.properties}.
 */
public class OwnDeploymentsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(OwnDeploymentsLast::deploysItself));
    }

    private static boolean deploysItself(ClassDescriptor test) {
        return !AnnotationSupport.findAnnotatedMethods(test.getTestClass(), Deployment.class,
                HierarchyTraversalMode.TOP_DOWN).isEmpty();
    }
}
