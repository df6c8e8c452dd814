package kz.qorgau.launcher;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a launcher (the demo, the cluster) has started, stopped in the reverse order by Ctrl-C or a failed start.
 * Keycloak starts on a thread of its own beside WildFly, so keeping is synchronised.
 */
final class Started {

    private final Deque<AutoCloseable> resources = new ArrayDeque<>();

    <T extends AutoCloseable> T keep(T resource) {
        synchronized (resources) {
            resources.push(resource);
        }
        return resource;
    }

    void stopAll() {
        synchronized (resources) {
            while (!resources.isEmpty()) {
                AutoCloseable resource = resources.pop();
                try {
                    resource.close();
                } catch (Exception e) {
                    System.out.println("Could not stop " + resource + ": " + e.getMessage());
                }
            }
        }
    }

    /** A system property that the launcher's Maven profile sets. */
    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property
                    + " is not set; run: mvn -Pdemo package (or -Pcluster)");
        }
        return value;
    }

    interface IoSupplier<T> {
        T get() throws Exception;
    }

    static <T> T unchecked(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
