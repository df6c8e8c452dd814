package kz.qorgau.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One request sent over and over by a fixed number of clients, each sending its next as soon as its last is
 * answered: the throughput, the latency, and the server's own CPU time per request. The CPU time is the figure that
 * compares from run to run on a shared machine, where throughput and latency move with everyone else's load.
 */
final class FloorProbe {

    record Figures(String name, int clients, int requests, double perSecond, long p50Millis, long p95Millis,
                   double serverCpuMillis, int errors) {

        String row() {
            return "| %s | %d | %,d | %,.0f/s | %d ms | %d ms | %.2f ms | %d |".formatted(name, clients, requests,
                    perSecond, p50Millis, p95Millis, serverCpuMillis, errors);
        }

        static String header() {
            return "| request | clients | requests | throughput | p50 | p95 | server CPU per request | errors |\n"
                    + "| --- | --- | --- | --- | --- | --- | --- | --- |";
        }
    }

    /**
     * HTTP/1.1, a connection per client in flight, as Gatling's users and ApacheBench send. The client's default, HTTP/2
     * upgraded from plain HTTP, carried all fifty clients as streams of one connection, read by one of the server's I/O
     * threads.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ServerHeap server;

    FloorProbe(ServerHeap server) {
        this.server = server;
    }

    /** @param token a bearer token, or null for a request without one */
    Figures measure(String name, String url, String token, int clients, int warmUp, int requests) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        send(request, clients, warmUp, new long[warmUp], new AtomicInteger());
        long[] nanos = new long[requests];
        AtomicInteger errors = new AtomicInteger();
        Duration cpuBefore = server.cpuTime();
        long start = System.nanoTime();
        send(request, clients, requests, nanos, errors);
        long elapsed = System.nanoTime() - start;
        Duration cpu = server.cpuTime().minus(cpuBefore);
        Arrays.sort(nanos);
        return new Figures(name, clients, requests, requests / (elapsed / 1e9), nanos[requests / 2] / 1_000_000,
                nanos[(int) (requests * 0.95)] / 1_000_000, cpu.toNanos() / 1e6 / requests, errors.get());
    }

    private void send(HttpRequest request, int clients, int count, long[] nanos, AtomicInteger errors)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(clients);
        CompletableFuture<?>[] all = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            int index = i;
            long sent = System.nanoTime();
            all[i] = http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                nanos[index] = System.nanoTime() - sent;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                inFlight.release();
                return null;
            });
        }
        CompletableFuture.allOf(all).join();
    }
}
