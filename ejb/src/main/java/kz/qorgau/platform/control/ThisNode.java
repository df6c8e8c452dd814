package kz.qorgau.platform.control;

/** The name of this server in a cluster (WildFly's {@code jboss.node.name}); a single server has one as well. */
public final class ThisNode {

    public static final String NAME = System.getProperty("jboss.node.name", "standalone");

    private ThisNode() {
    }
}
