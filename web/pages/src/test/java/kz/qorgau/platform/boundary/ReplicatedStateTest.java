package kz.qorgau.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * In a cluster the session is copied to the other nodes ({@code <distributable/>}, JBoss Marshalling), and with it
 * every bean of a view or a session and all it holds: each of our classes reachable from such a bean's state must be
 * serializable, or the copy fails and the user's page is lost with their node. Injected beans are proxies the
 * container copies itself; transient fields are not copied.
 */
class ReplicatedStateTest {

    @Test
    void everythingAViewOrSessionBeanHoldsIsSerializable() {
        Set<String> notSerializable = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        for (JavaClass bean : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kz.qorgau")) {
            if (bean.isAnnotatedWith(ViewScoped.class) || bean.isAnnotatedWith(SessionScoped.class)) {
                visit(bean.reflect(), bean.getName(), seen, notSerializable);
            }
        }
        assertThat(notSerializable).isEmpty();
    }

    private static void visit(Class<?> type, String path, Set<Class<?>> seen, Set<String> notSerializable) {
        if (type.isArray()) {
            visit(type.getComponentType(), path, seen, notSerializable);
            return;
        }
        if (type.isPrimitive() || !seen.add(type)) {
            return;
        }
        if (!type.getName().startsWith("kz.qorgau")) {
            // Of the JDK's and the libraries' classes only a concrete one can be judged here (an Optional, say).
            if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && type != Object.class
                    && !Serializable.class.isAssignableFrom(type)) {
                notSerializable.add(type.getName() + " (held by " + path + ")");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            notSerializable.add(type.getName() + " (held by " + path + ")");
        }
        for (Class<?> level = type; level != null && level.getName().startsWith("kz.qorgau");
             level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class)
                        && !field.isSynthetic()) {
                    visitType(field.getGenericType(), type.getSimpleName() + "." + field.getName(), seen,
                            notSerializable);
                }
            }
        }
    }

    private static void visitType(Type type, String path, Set<Class<?>> seen, Set<String> notSerializable) {
        if (type instanceof Class<?> raw) {
            visit(raw, path, seen, notSerializable);
        } else if (type instanceof ParameterizedType parameterized) {
            visitType(parameterized.getRawType(), path, seen, notSerializable);
            for (Type argument : parameterized.getActualTypeArguments()) {
                visitType(argument, path, seen, notSerializable);
            }
        } else if (type instanceof GenericArrayType array) {
            visitType(array.getGenericComponentType(), path, seen, notSerializable);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                visitType(bound, path, seen, notSerializable);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                visitType(bound, path, seen, notSerializable);
            }
        }
    }

    /** The walk itself finds what it must: a class of ours that is not serializable, held in a list. */
    @Test
    void findsWhatIsNotSerializableInsideACollection() {
        Set<String> notSerializable = new TreeSet<>();
        visit(Holder.class, "Holder", new HashSet<>(), notSerializable);
        assertThat(notSerializable).containsExactly(Plain.class.getName() + " (held by Holder.plains)");
    }

    static final class Plain {
        String name;
    }

    static final class Holder implements Serializable {
        Collection<Plain> plains;
        transient Plain skipped;
        Map<String, Integer> counts;
    }
}
