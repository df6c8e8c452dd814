package kz.qorgau.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import com.sun.management.OperatingSystemMXBean;
import com.sun.tools.attach.VirtualMachine;

/** The server's heap and CPU time over JMX, through the local management agent of its JVM (attach API). */
final class ServerHeap implements AutoCloseable {
    private final JMXConnector connector;
    private final MBeanServerConnection connection;
    private final MemoryMXBean memory;
    private final OperatingSystemMXBean system;

    private final GarbageCollectorMXBean fullCollector;
    private final Set<String> heapPools;

    private ServerHeap(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.connection = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        this.system = ManagementFactory.newPlatformMXBeanProxy(connection,
                ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
        // G1, the server's collector here: its full collections are the "G1 Old Generation" ones.
        this.fullCollector = ManagementFactory.newPlatformMXBeanProxy(connection,
                ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",name=G1 Old Generation",
                GarbageCollectorMXBean.class);
        this.heapPools = ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class).stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
    }

    /** The heap of the WildFly the bench stack started: ours, with our port offset. */
    static ServerHeap ofBenchServer() throws Exception {
        return attach(wildflyPid());
    }

    /** The server JVM the launcher started: ours, with our port offset. */
    private static long wildflyPid() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules")
                        && c.contains("port-offset=" + BenchStack.PORT_OFFSET)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no WildFly process found")).pid();
    }

    private static ServerHeap attach(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        return new ServerHeap(JMXConnectorFactory.connect(new JMXServiceURL(address)));
    }

    long usedMb() {
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }

    /** The heap in use right after a full collection: what is live. */
    long liveMb() throws Exception {
        memory.gc();
        return afterLastFullGcMb();
    }

    /**
     * The heap in use as the last full collection left it, from the collector's own figures: reading the heap
     * after the collection instead would count what the export allocated in between.
     */
    long afterLastFullGcMb() throws Exception {
        GcInfo last = fullCollector.getLastGcInfo();
        if (last == null) {
            throw new IllegalStateException("no full collection yet");
        }
        return last.getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum() >> 20;
    }

    /** A class histogram of the live objects, which takes a full collection first. */
    String liveHistogram() throws Exception {
        return (String) connection.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
    }

    /** The CPU time the server's JVM has used since it started, all its threads together. */
    Duration cpuTime() {
        return Duration.ofNanos(system.getProcessCpuTime());
    }

    /** Starts a flight recording with the JDK's profiling settings; it ends, written to {@code file}, when asked. */
    void startRecording(Path file) throws Exception {
        diagnostic("jfrStart", "name=qorgau-bench", "settings=profile", "filename=" + file.toAbsolutePath());
    }

    void stopRecording() throws Exception {
        diagnostic("jfrStop", "name=qorgau-bench");
    }

    private void diagnostic(String command, String... arguments) throws Exception {
        connection.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), command,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }

    long maxMb() {
        return memory.getHeapMemoryUsage().getMax() >> 20;
    }

    @Override
    public void close() throws Exception {
        connector.close();
    }
}
