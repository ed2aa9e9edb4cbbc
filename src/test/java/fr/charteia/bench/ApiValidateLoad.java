package fr.charteia.bench;

import fr.charteia.Toolkit;
import fr.charteia.web.ServeOptions;
import fr.charteia.web.WebServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load on {@code POST /api/validate}: the server in this JVM on a free loopback port, 20 clients at
 * once (one connection each, HTTP/1.1 keep-alive), each posting the 200-line questionnaire
 * {@code questionnaire-200-lignes.yaml} (the pharmacy sample without comments, blank lines and a few
 * entries) as fast as answers come. A warm-up, then the measured requests; prints the median, p95 and
 * p99 of the response times and the throughput. The target is p95 ≤ 30 ms.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) fr.charteia.bench.ApiValidateLoad [requests per client]
 * </pre>
 */
public final class ApiValidateLoad {

    private static final int CLIENTS = 20;
    private static final int WARM_UP_PER_CLIENT = 100;

    private ApiValidateLoad() {
    }

    public static void main(String[] args) throws Exception {
        int perClient = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        byte[] questionnaire;
        try (InputStream in = ApiValidateLoad.class.getResourceAsStream("questionnaire-200-lignes.yaml")) {
            questionnaire = in.readAllBytes();
        }
        Path workspace = Files.createTempDirectory("charte-ia-load");
        try (Toolkit toolkit = Toolkit.create();
                WebServer server = WebServer.start(new ServeOptions("127.0.0.1", 0, workspace, Optional.empty()), toolkit)) {
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/validate");
            run(uri, questionnaire, WARM_UP_PER_CLIENT);
            long start = System.nanoTime();
            long[] nanos = run(uri, questionnaire, perClient);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf("POST /api/validate, %d lines, %d clients, %d requests (after %d of warm-up), %d cores%n",
                    new String(questionnaire).lines().count(), CLIENTS, nanos.length, CLIENTS * WARM_UP_PER_CLIENT,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, throughput %.0f requests/s%n",
                    percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6,
                    nanos.length / seconds);
        }
    }

    /** Every client's response times, in nanoseconds; any answer but a 200 stops the run. */
    private static long[] run(URI uri, byte[] body, int perClient) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                futures.add(clients.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/yaml")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long[] times = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        times[i] = System.nanoTime() - t0;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("answer " + response.statusCode() + ": " + new String(response.body()));
                        }
                    }
                    return times;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> future : futures) {
                all.add(future.get());
            }
            return all.stream().flatMapToLong(Arrays::stream).toArray();
        } finally {
            clients.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
