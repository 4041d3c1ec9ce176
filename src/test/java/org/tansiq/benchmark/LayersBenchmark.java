package org.tansiq.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The layers at scale: a synthetic corpus of about N events (default a million) ingested through
 * the API of a separately started application, then each layer's first and deep pages timed,
 * their throughput at 1 and 32 connections, plain-SQL baselines over JDBC in the same run, vector
 * tiles when the layer serves them, and the application's resident memory.
 *
 * <p>Not a {@code @QuarkusTest}: the application under test is the packaged jar in its own JVM
 * with its own heap limit, as it runs in production; {@code ./tansiq bench layers} starts it and
 * passes where it is through system properties ({@code tansiq.bench.url}, {@code .pid},
 * {@code .token}, {@code .events}, {@code .jdbc}, {@code .xmx}). A measurement, not a gate: it
 * fails only when the corpus does not say what it should ({@link YieldCheck}) or nothing was
 * measured. Writes {@value #REPORT_PATH}.
 */
@Tag("benchmark")
class LayersBenchmark {

    static final String REPORT_PATH = "target/benchmark/layers.json";
    /** Per request; {@code -Dtansiq.bench.timeoutSeconds} overrides it (a tiny one exercises the timeout path). */
    static final Duration TIMEOUT = Duration.ofMillis(
            (long) (1000 * Double.parseDouble(System.getProperty("tansiq.bench.timeoutSeconds", "60"))));
    /** First-page samples: up to 30 within 20 s, at least {@link LatencyProbe#MIN_SAMPLES}. */
    static final LatencyProbe PROBE = new LatencyProbe(30, 20);
    static final int DEEP_DEPTH = 50;
    static final double WALK_BUDGET_SECONDS = 120;
    static final double LOAD_SECONDS = 10;
    static final int[] CONNECTIONS = {1, 32};
    /** A first page slower than this at its median is not loaded with 32 connections: it would only queue. */
    static final double LOAD_MAX_P50_MS = 5000;
    static final int YIELD_SAMPLE = 4;
    /** Villages among the candidate places (all towns are taken). */
    static final int VILLAGES = 2500;
    static final String DB_USER = "tansiq";
    static final String DB_PASSWORD = "tansiq";

    private final ObjectMapper json = new ObjectMapper();
    private final String url = property("tansiq.bench.url", "http://127.0.0.1:8097");
    private final String jdbc = property("tansiq.bench.jdbc", "jdbc:postgresql://127.0.0.1:55432/tansiq_bench");
    private final long events = Long.parseLong(property("tansiq.bench.events", "1000000"));
    private final ApiClient api = new ApiClient(url, property("tansiq.bench.token", ""), TIMEOUT);
    /**
     * For what is not measured against the timeout: checking places and yield, and posting the
     * corpus (a bulk batch of 50 long articles may well take more than a minute on a busy machine).
     */
    private final ApiClient setupApi = new ApiClient(url, property("tansiq.bench.token", ""), Duration.ofMinutes(10));

    private static String property(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Test
    void layersAtScale() throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("environment", environment());
        try (JdbcPool pool = new JdbcPool(jdbc, DB_USER, DB_PASSWORD, 32, TIMEOUT.toMillis())) {
            Map<String, Object> corpus = corpus(pool);
            report.put("corpus", corpus);
            Map<String, Object> layers = new LinkedHashMap<>();
            report.put("layers", layers);
            LocalDate[] range = dateRange();
            for (LayerProbes layer : LayerProbes.all(range[0], range[1])) {
                System.out.println("layers bench: measuring " + layer.id());
                layers.put(layer.id(), measure(layer, pool));
            }
            report.put("memory", memory());
            report.put("method", method());
            Path out = Path.of(REPORT_PATH);
            Files.createDirectories(out.getParent());
            json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
            System.out.println(ReportTable.of(report, out.toAbsolutePath().toString()));
            assertTrue(((Number) corpus.get("events")).longValue() > 0, "no events stored");
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The corpus

    @SuppressWarnings("unchecked")
    private Map<String, Object> corpus(JdbcPool pool) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        List<SyntheticCorpus.Place> candidates = SyntheticCorpus.readPlaces(jdbc, DB_USER, DB_PASSWORD, VILLAGES);
        List<SyntheticCorpus.Place> places = RecognisedPlaces.keep(setupApi, json, candidates);
        SyntheticCorpus generator = new SyntheticCorpus(places, SyntheticCorpus.SEED);
        int articles = SyntheticCorpus.articlesFor(events);
        m.put("generationArticlesPerSecond", generationRate(generator));
        m.put("eventsAsked", events);
        m.put("articlesAsked", articles);
        m.put("statementsPerArticle", SyntheticCorpus.STATEMENTS_PER_ARTICLE);
        m.put("placeCandidates", candidates.size());
        m.put("placesUsed", places.size());
        m.put("seed", SyntheticCorpus.SEED);

        List<SyntheticCorpus.Article> sample = new ArrayList<>();
        for (int i = 0; i < YIELD_SAMPLE; i++) {
            sample.add(generator.article((int) ((long) i * (articles - 1) / Math.max(1, YIELD_SAMPLE - 1))));
        }
        Map<String, Object> yield = YieldCheck.run(setupApi, json, sample);
        m.put("yieldCheck", yield);
        System.out.println("layers bench: yield check " + yield);
        assertTrue((double) yield.get("minYield") >= YieldCheck.FLOOR, "the synthetic corpus no longer yields its"
                + " events (a cue file changed?): " + yield);

        long stored = count("SELECT count(*) FROM article WHERE outlet = '" + SyntheticCorpus.OUTLET + "'");
        m.put("articlesFoundStored", stored);
        if (stored > articles) {
            throw new IllegalStateException("tansiq_bench holds a larger synthetic corpus (" + stored
                    + " articles) than asked (" + articles + "): run with --regenerate");
        }
        if (stored == articles) {
            m.put("ingest", Map.of("mode", "skipped: the corpus was already stored"));
        } else {
            // An interrupted load leaves gaps only among the last articles in flight; start before them.
            int from = (int) Math.max(0, stored - 200);
            System.out.printf("layers bench: posting articles %d-%d%n", from, articles - 1);
            m.put("ingest", new CorpusLoader(setupApi, json, generator).load(from, articles));
        }
        m.put("articles", count("SELECT count(*) FROM article"));
        m.put("events", count("SELECT count(*) FROM event"));
        m.put("eventPoints", count("SELECT count(*) FROM event_place"));
        m.put("mentions", count("SELECT count(*) FROM mention"));
        m.put("placesMentioned", count("SELECT count(DISTINCT place_id) FROM mention"));
        Map<String, Object> byKind = new LinkedHashMap<>();
        query("SELECT kind, count(*) FROM event GROUP BY kind ORDER BY kind", rs -> byKind.put(rs.getString(1),
                rs.getLong(2)));
        m.put("eventsByKind", byKind);
        Map<String, Object> byStatus = new LinkedHashMap<>();
        query("SELECT status, count(*) FROM event WHERE status IS NOT NULL GROUP BY status ORDER BY status",
                rs -> byStatus.put(rs.getString(1), rs.getLong(2)));
        m.put("centreReportsByStatus", byStatus);
        return m;
    }

    /** Articles generated per second on this thread, nothing posted: the generator must not be what ingest waits on. */
    private static double generationRate(SyntheticCorpus generator) {
        long chars = 0;
        long t0 = System.nanoTime();
        for (int k = 0; k < 2000; k++) {
            chars += generator.article(k).text().length();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return chars > 0 ? Math.round(2000 / seconds) : 0;
    }

    /** The corpus's first and last event dates (the seeds' when there is nothing else). */
    private LocalDate[] dateRange() throws SQLException {
        LocalDate[] r = {SyntheticCorpus.FIRST_DAY, SyntheticCorpus.LAST_DAY};
        query("SELECT min(event_date), max(event_date) FROM event", rs -> {
            if (rs.getDate(1) != null) {
                r[0] = rs.getDate(1).toLocalDate();
                r[1] = rs.getDate(2).toLocalDate();
            }
        });
        return r;
    }

    // ---------------------------------------------------------------------------------------------
    // One layer

    private Map<String, Object> measure(LayerProbes layer, JdbcPool pool) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> pages = new LinkedHashMap<>();
        boolean timedOut = false;
        for (Map.Entry<String, String> page : layer.firstPages().entrySet()) {
            // After one date times out the others would too: a minute each for nothing.
            Map<String, Object> figures = timedOut ? skippedAfterTimeout()
                    : probe(pool, () -> Timed.Outcome.of(api.get(page.getValue())));
            timedOut |= "timeout".equals(figures.get("result"));
            pages.put(page.getKey(), withPath(page.getValue(), figures));
        }
        m.put("firstPages", pages);
        m.put("deepPage", timedOut ? skippedAfterTimeout() : deepPage(layer, pool));
        m.put("throughput", throughput(pool, layer.loadPage(), pages.get(layer.loadPageName()),
                () -> Timed.Outcome.of(api.get(layer.loadPage()))));
        m.put("baseline", baselines(layer, pool, m));
        m.put("tiles", tiles(layer.id(), pool));
        return m;
    }

    private static Map<String, Object> skippedAfterTimeout() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("result", "timeout");
        m.put("skipped", "an earlier page of this layer timed out");
        return m;
    }

    private static Map<String, Object> withPath(String path, Map<String, Object> figures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.putAll(figures);
        return m;
    }

    /** A probe, then the app's abandoned queries cancelled if it timed out. */
    private Map<String, Object> probe(JdbcPool pool, Timed request) throws Exception {
        Map<String, Object> r = PROBE.measure(request);
        if ("timeout".equals(r.get("result"))) {
            r.put("cancelledQueries", pool.cancelAbandoned());
        }
        return r;
    }

    /**
     * Follows {@code next} links from the first page (limit 100) to page {@link #DEEP_DEPTH} or the
     * last, then times that page. The href is followed as given: offsets today, a cursor later.
     */
    private Map<String, Object> deepPage(LayerProbes layer, JdbcPool pool) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        String href = layer.deepStart();
        int depth = 1;
        long t0 = System.nanoTime();
        List<Double> walk = new ArrayList<>();
        while (true) {
            ApiClient.Reply r = api.get(href);
            walk.add(r.millis());
            if (!r.ok()) {
                m.put("result", r.timedOut() ? "timeout" : "error");
                m.put("error", r.timedOut() ? "timeout" : "HTTP " + r.status() + " at page " + depth);
                m.put("depthReached", depth);
                if (r.timedOut()) {
                    m.put("cancelledQueries", pool.cancelAbandoned());
                }
                return m;
            }
            String next = nextLink(r.body());
            if (next == null || depth >= DEEP_DEPTH) {
                break;
            }
            if ((System.nanoTime() - t0) / 1e9 > WALK_BUDGET_SECONDS) {
                m.put("walkStopped", "over " + WALK_BUDGET_SECONDS + " s");
                break;
            }
            href = next;
            depth++;
        }
        m.put("depth", depth);
        m.put("href", href);
        m.put("walkPageMs", Percentiles.of(walk));
        String page = href;
        Map<String, Object> figures = probe(pool, () -> Timed.Outcome.of(api.get(page)));
        m.putAll(figures);
        return m;
    }

    private String nextLink(byte[] body) throws IOException {
        for (JsonNode link : json.readTree(body).path("links")) {
            if ("next".equals(link.path("rel").asText())) {
                return link.path("href").asText();
            }
        }
        return null;
    }

    /** Requests/s at 1 and 32 connections, unless the page is too slow (or failed) to load at all. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> throughput(JdbcPool pool, String what, Object latency, Timed request)
            throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("request", what);
        Map<String, Object> l = (Map<String, Object>) latency;
        if (l == null || !"ok".equals(l.get("result"))) {
            m.put("result", "skipped: the page did not answer in " + TIMEOUT.toMillis() / 1000.0 + " s");
            return m;
        }
        double p50 = ((Number) l.get("p50Ms")).doubleValue();
        if (p50 > LOAD_MAX_P50_MS) {
            m.put("result", "skipped: median over " + LOAD_MAX_P50_MS + " ms");
            return m;
        }
        for (int c : CONNECTIONS) {
            Map<String, Object> r = LoadGenerator.run(request, c, LOAD_SECONDS);
            if (((Number) r.get("timeouts")).longValue() > 0) {
                r.put("cancelledQueries", pool.cancelAbandoned());
            }
            m.put("c" + c, r);
        }
        return m;
    }

    // ---------------------------------------------------------------------------------------------
    // Baselines

    private Map<String, Object> baselines(LayerProbes layer, JdbcPool pool, Map<String, Object> measured)
            throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String page : layer.baselinePages()) {
            String key = layer.id() + "/" + page;
            SqlBaselines.Baseline b = SqlBaselines.BASELINES.get(key);
            if (b == null) {
                m.put(page, "n/a");
                continue;
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("what", b.what());
            List<Object> args = new ArrayList<>();
            if (b.cursorSql() != null) {
                // The same rows before the page as the HTTP deep page skipped.
                Object depth = ((Map<?, ?>) measured.get("deepPage")).get("depth");
                int before = ((depth instanceof Number n) ? n.intValue() - 1 : DEEP_DEPTH - 1) * SqlBaselines.FIRST;
                Object[] cursor = before == 0 ? null : pool.row(b.cursorSql(), List.of(before));
                if (cursor == null) {
                    one.put("result", "n/a: no row at depth");
                    m.put(page, one);
                    continue;
                }
                args.addAll(List.of(cursor));
                one.put("rowsBefore", before);
            }
            args.add(page.equals("bbox") ? SqlBaselines.BBOX_LIMIT : SqlBaselines.FIRST);
            Timed t = pool.timed(b.sql(), args);
            Map<String, Object> latency = probe(pool, t);
            one.putAll(latency);
            if (page.equals("first")) {
                one.put("throughput", throughput(pool, "the same SQL over JDBC", latency, t));
            }
            m.put(page, one);
        }
        return m;
    }

    // ---------------------------------------------------------------------------------------------
    // Tiles

    /** p95 over the fixed tiles, two timed passes after a warm one; "n/a" when the layer has no tiles (404). */
    private Map<String, Object> tiles(String collection, JdbcPool pool) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        List<TileList.Tile> tiles = TileList.tiles();
        ApiClient.Reply first = api.get(tiles.get(0).path(collection));
        if (first.status() == 404 || first.status() == 400) {
            m.put("result", "n/a");
            m.put("status", first.status());
            return m;
        }
        if (!first.ok()) {
            m.put("result", first.timedOut() ? "timeout" : "error");
            m.put("status", first.status());
            if (first.timedOut()) {
                m.put("cancelledQueries", pool.cancelAbandoned());
            }
            return m;
        }
        List<Double> times = new ArrayList<>();
        int errors = 0;
        int empty = 0;
        long bytes = 0;
        for (int pass = 0; pass < 3; pass++) {
            for (TileList.Tile tile : tiles) {
                ApiClient.Reply r = api.get(tile.path(collection));
                if (!r.ok()) {
                    errors++;
                    if (r.timedOut()) {
                        m.put("result", "timeout");
                        m.put("cancelledQueries", pool.cancelAbandoned());
                        return m;
                    }
                } else if (pass > 0) {
                    times.add(r.millis());
                    empty += r.status() == 204 ? 1 : 0;
                    bytes += r.body().length;
                }
            }
        }
        m.put("result", times.isEmpty() ? "error" : "ok");
        m.put("tiles", tiles.size());
        m.put("contentType", first.contentType());
        m.putAll(Percentiles.of(times));
        m.put("empty204", empty);
        m.put("meanBytes", times.isEmpty() ? 0 : bytes / times.size());
        m.put("errors", errors);
        return m;
    }

    // ---------------------------------------------------------------------------------------------
    // Memory, environment, method

    /** The app's resident set now and at its peak, from /proc (Linux). */
    private Map<String, Object> memory() {
        Map<String, Object> m = new LinkedHashMap<>();
        String pid = System.getProperty("tansiq.bench.pid");
        m.put("pid", pid);
        m.put("xmx", property("tansiq.bench.xmx", null));
        if (pid == null) {
            m.put("result", "n/a: no pid given");
            return m;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    String[] parts = line.split("\\s+");
                    m.put(parts[0].replace(":", "") + "MB", Math.round(Long.parseLong(parts[1]) / 1024.0));
                }
            }
        } catch (IOException | RuntimeException e) {
            m.put("result", "n/a: " + e.getMessage());
        }
        return m;
    }

    private Map<String, Object> method() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("app", url);
        m.put("requestTimeoutSeconds", TIMEOUT.toMillis() / 1000.0);
        m.put("firstPage", "one warm-up request, then up to 30 sequential requests within 20 s (at least "
                + LatencyProbe.MIN_SAMPLES + ", " + LatencyProbe.MIN_SAMPLES_SLOW + " when the warm-up took over "
                + LatencyProbe.SLOW_MS + " ms); nearest-rank percentiles; a warm-up that times out ends the probe, and"
                + " the layer's later first pages and deep page are then skipped as timeouts");
        m.put("deepPage", "next links followed as given from the first page (limit 100) to page " + DEEP_DEPTH
                + " or the last (walk budget " + WALK_BUDGET_SECONDS + " s), then that page timed like a first page");
        m.put("throughput", "closed loop, N client threads each with its own HTTP/1.1 connection (or JDBC"
                + " connection for baselines), " + LOAD_SECONDS + " s each; skipped when the page's median is over "
                + LOAD_MAX_P50_MS + " ms or it timed out");
        m.put("baselines", "SqlBaselines: plain SQL over the stored tables for the same page, over JDBC from the"
                + " benchmark JVM (statement_timeout as the request timeout)");
        m.put("tiles", "51 WebMercatorQuad tiles, z 6-12 over Kirkuk, Mosul and Baghdad; one warm pass, p95 over two"
                + " timed passes; n/a when the layer answers 404");
        m.put("timeouts", "after a timeout the app's queries running longer than the timeout are cancelled"
                + " (pg_cancel_backend), so an abandoned query does not weigh on later figures");
        return m;
    }

    private Map<String, Object> environment() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("gitCommit", Machine.git("describe", "--always", "--dirty"));
        m.put("gitBranch", Machine.git("rev-parse", "--abbrev-ref", "HEAD"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", Machine.cpuModel());
        m.put("benchmarkJvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("appXmx", property("tansiq.bench.xmx", null));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    // ---------------------------------------------------------------------------------------------
    // SQL helpers (counts only; the baselines go through JdbcPool)

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowReader reader) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbc, DB_USER, DB_PASSWORD); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    private long count(String sql) throws SQLException {
        long[] n = {0};
        query(sql, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
