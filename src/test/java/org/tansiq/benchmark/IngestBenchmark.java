package org.tansiq.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Instance;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tansiq.events.EventExtractor;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.ingest.NewArticle;
import org.tansiq.ingest.SeedCorpus;
import org.tansiq.ingest.TestArticles;

/**
 * Ingest throughput through {@code POST /api/articles}, end to end (HTTP, JSON, geoparse, event
 * extraction, PostGIS): single posts from one and from four client threads, and bulk JSON arrays
 * of {@value #BULK} articles from one client. Every article is a seed text with a sentence of its
 * own appended, so nothing is deduplicated; they are deleted again at the end.
 *
 * <p>A measurement, not a gate: it prints a table, writes {@value #REPORT_PATH}, and asserts only
 * that articles were created. The client runs in the same JVM and on the same cores as the
 * server, so the figures are a floor for the server alone. Run it with {@code ./tansiq bench ingest}
 * (or {@code mvn -B test -Dgroups=benchmark -DexcludedGroups= -Dtest=IngestBenchmark}).
 */
@QuarkusTest
@Tag("benchmark")
class IngestBenchmark {

    static final String REPORT_PATH = "target/benchmark/ingest.json";
    static final int BULK = 200;
    static final long WARMUP_NANOS = TimeUnit.SECONDS.toNanos(5);
    static final long ROUND_NANOS = TimeUnit.SECONDS.toNanos(10);

    @TestHTTPResource("/api/articles")
    URI endpoint;

    @Inject
    SeedCorpus seeds;

    @Inject
    ObjectMapper json;

    @Inject
    Geoparser geoparser;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Instance<EventExtractor> extractor;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String run = UUID.randomUUID().toString();
    private final AtomicLong serial = new AtomicLong();
    private List<NewArticle> corpus;

    /** One scenario's outcome. */
    record Round(String scenario, long articles, long created, double seconds) {
        double articlesPerSecond() {
            return articles / seconds;
        }
    }

    @Test
    void ingestThroughput() throws Exception {
        corpus = seeds.articles();
        try {
            measure();
        } finally {
            forget();
        }
    }

    /** Deletes this run's articles: thousands of copies of the seeds would otherwise stay. */
    private void forget() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            TestArticles.forget(c, "%(" + run + ").");
        }
    }

    private void measure() throws Exception {
        // Warm-up: the JIT, the connection pool, the parse workers.
        single(1, WARMUP_NANOS);
        bulk(WARMUP_NANOS);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Round> rounds = List.of(single(1, ROUND_NANOS), single(4, ROUND_NANOS), bulk(ROUND_NANOS),
                readOnly(ROUND_NANOS));
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nIngest benchmark: POST /api/articles, %d cores, load average %.1f before, %.1f after%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter));
        table.append(String.format(Locale.ROOT, "%-52s %10s %10s %10s %12s%n", "", "articles", "created", "seconds",
                "articles/s"));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("cores", Runtime.getRuntime().availableProcessors());
        report.put("loadAverageBefore", loadBefore);
        report.put("loadAverageAfter", loadAfter);
        report.put("meanTextChars", corpus.stream().mapToInt(a -> a.text().length()).average().orElse(0));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Round r : rounds) {
            table.append(String.format(Locale.ROOT, "%-52s %10d %10d %10.1f %12.1f%n", r.scenario(), r.articles(),
                    r.created(), r.seconds(), r.articlesPerSecond()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", r.scenario());
            row.put("articles", r.articles());
            row.put("created", r.created());
            row.put("seconds", r.seconds());
            row.put("articlesPerSecond", Math.round(r.articlesPerSecond() * 10) / 10.0);
            rows.add(row);
        }
        report.put("rounds", rows);
        Path out = Path.of(REPORT_PATH);
        Files.createDirectories(out.getParent());
        json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        System.out.println(table.append("written to ").append(out.toAbsolutePath()));

        for (Round r : rounds.subList(0, 3)) {
            assertTrue(r.created() > 0 && r.created() == r.articles(), r + ": every article is new, so created");
        }
    }

    /** Single-article posts from {@code clients} threads for {@code nanos}. */
    private Round single(int clients, long nanos) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong created = new AtomicLong();
        AtomicLong posted = new AtomicLong();
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < clients; k++) {
                done.add(pool.submit(() -> {
                    while (System.nanoTime() - start < nanos) {
                        int status = post("application/json", json.writeValueAsString(next()));
                        posted.incrementAndGet();
                        if (status == 201) {
                            created.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Round("single, " + clients + " client" + (clients > 1 ? "s" : ""), posted.get(), created.get(),
                (System.nanoTime() - start) / 1e9);
    }

    /** Arrays of {@value #BULK} articles from one client for {@code nanos}. */
    private Round bulk(long nanos) throws Exception {
        long posted = 0;
        long created = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < nanos) {
            List<NewArticle> batch = new ArrayList<>(BULK);
            for (int i = 0; i < BULK; i++) {
                batch.add(next());
            }
            HttpResponse<String> answer = send("application/json", json.writeValueAsString(batch));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("bulk post answered " + answer.statusCode() + ": " + answer.body());
            }
            posted += BULK;
            created += json.readTree(answer.body()).get("created").asLong();
        }
        return new Round("bulk arrays of " + BULK + ", 1 client", posted, created, (System.nanoTime() - start) / 1e9);
    }

    /**
     * The reading alone (geoparse, then events), in this thread, per CPU second of it: what the
     * machine's load cannot take away, and the ceiling per core for every form above.
     */
    private Round readOnly(long nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long n = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        while (System.nanoTime() - start < nanos) {
            NewArticle a = next();
            var mentions = geoparser.parse(a.text());
            if (extractor.isResolvable()) {
                extractor.get().extract(a.text(), mentions, a.publishedAt());
            }
            n++;
        }
        return new Round("read only (geoparse + events), 1 thread, per CPU s", n, 0,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
    }

    /** The next seed text with a sentence of its own, so that it is stored, not found. */
    private NewArticle next() {
        long n = serial.getAndIncrement();
        NewArticle seed = corpus.get((int) (n % corpus.size()));
        return new NewArticle(seed.title(), seed.outlet(), seed.url(), seed.publishedAt(), seed.language(),
                seed.text() + "\n\nقياس سرعة الإدخال رقم " + n + " (" + run + ").");
    }

    private int post(String type, String body) throws Exception {
        return send(type, body).statusCode();
    }

    private HttpResponse<String> send(String type, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", type)
                .header("Authorization", "Bearer test-token").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
