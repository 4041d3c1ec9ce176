package org.tansiq.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tansiq.ingest.DerivedSnapshot;
import org.tansiq.ingest.TestArticles;

/**
 * Two instances of the packaged app on one PostGIS (the test database), ingesting at once: the
 * same articles through both and different ones through each, one by one and in bulk. Nothing
 * may be stored twice or lost, and the derived state (centres, timelines, gap areas, counts)
 * must be what one instance, or a rebuild from scratch, gives. Runs after {@code package}
 * (failsafe), since it starts {@code target/quarkus-app/quarkus-run.jar} twice.
 */
class MultiInstanceIT {

    static final String TOKEN = "multi-instance-token";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static final List<Process> instances = new ArrayList<>();
    static final List<String> urls = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        for (int i = 0; i < 2; i++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = Path.of("target", "multi-instance-" + i + ".log");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", "target/quarkus-app/quarkus-run.jar")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl());
            pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
            pb.environment().put("TANSIQ_API_TOKEN", TOKEN);
            pb.environment().put("TANSIQ_MAP_TILE_URL", "");
            instances.add(pb.start());
            urls.add("http://127.0.0.1:" + port);
        }
        for (int i = 0; i < 2; i++) {
            waitReady(urls.get(i), instances.get(i), Path.of("target", "multi-instance-" + i + ".log"));
        }
    }

    @AfterAll
    static void stop() throws InterruptedException, SQLException {
        for (Process p : instances) {
            p.destroy();
        }
        for (Process p : instances) {
            p.waitFor();
        }
        forgetThisRun();
    }

    @Test
    void twoInstancesIngestingAtOnceStoreEachArticleOnceAndDeriveWhatOneWould() throws Exception {
        List<String> shared = texts("shared", 12);
        List<String> onlyA = texts("a", 10);
        List<String> onlyB = texts("b", 10);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> posts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String url = urls.get(i);
            List<String> own = i == 0 ? onlyA : onlyB;
            // The shared texts one by one through both, in opposite orders; own texts in bulk, half each.
            List<String> order = new ArrayList<>(shared);
            if (i == 1) {
                java.util.Collections.reverse(order);
            }
            posts.add(pool.submit(() -> {
                for (String t : order) {
                    post(url, article(t).toString(), "application/json");
                }
                return null;
            }));
            posts.add(pool.submit(() -> post(url, bulk(own.subList(0, own.size() / 2)), "application/json")));
            posts.add(pool.submit(() -> post(url, ndjson(own.subList(own.size() / 2, own.size())),
                    "application/x-ndjson")));
        }
        for (Future<?> f : posts) {
            f.get();
        }
        pool.shutdown();

        try (Connection c = DriverManager.getConnection(jdbcUrl(), "tansiq", "tansiq")) {
            List<String> all = new ArrayList<>(shared);
            all.addAll(onlyA);
            all.addAll(onlyB);
            for (String text : all) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT a.id, (SELECT count(*) FROM mention m WHERE m.article_id = a.id) FROM article a"
                                + " WHERE a.body = ?")) {
                    ps.setString(1, text);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next(), "stored: " + text.substring(text.length() - 40));
                        int mentions = rs.getInt(2);
                        assertEquals(geoparsedMentions(text), mentions, "every mention kept");
                        assertTrue(!rs.next(), "stored once");
                    }
                }
            }
            String incremental = DerivedSnapshot.of(c);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT tansiq_rebuild_derived()");
            }
            assertEquals(DerivedSnapshot.of(c), incremental,
                    "derived state built by two instances at once equals a rebuild from scratch");
        }
    }

    /**
     * Takes this run's articles out again, and rebuilds the derived state they took part in (a
     * cascade does not undo centre counts and timelines): the test database is kept between runs,
     * and centres at other places of Diyala would change what the seed tests find there next time
     * (a report naming only the governorate joins its centre only while it has one).
     */
    static void forgetThisRun() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "tansiq", "tansiq")) {
            TestArticles.forget(c, "%(اختبار المثيلين " + RUN + " %");
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Seed-like texts with a centre, a gap and an attack at known places, unique to this run. */
    static List<String> texts(String tag, int n) {
        String[] places = {"كركوك", "مخمور", "خانقين", "طوزخورماتو", "سنجار", "الموصل", "اربيل", "بعقوبة"};
        String[] months = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String p = places[i % places.length];
            String q = places[(i + 3) % places.length];
            out.add("افتتحت قوات البيشمركة والجيش العراقي مركز تنسيق مشترك في " + p + " يوم " + (1 + i % 27) + " "
                    + months[i % months.length] + " 2022. وحذر مسؤولون من فراغ أمني بين " + p + " و" + q
                    + ". وهاجم مسلحون من داعش نقطة تفتيش قرب " + q + ". (اختبار المثيلين " + RUN + " " + tag + " "
                    + i + ")");
        }
        return out;
    }

    static ObjectNode article(String text) {
        ObjectNode a = JSON.createObjectNode();
        a.put("title", "multi-instance " + text.substring(text.length() - 30));
        a.put("outlet", "test outlet");
        a.put("publishedAt", "2022-07-01");
        a.put("text", text);
        return a;
    }

    static String bulk(List<String> texts) {
        ArrayNode arr = JSON.createArrayNode();
        texts.forEach(t -> arr.add(article(t)));
        return arr.toString();
    }

    static String ndjson(List<String> texts) {
        StringBuilder b = new StringBuilder();
        texts.forEach(t -> b.append(article(t)).append('\n'));
        return b.toString();
    }

    static Void post(String url, String body, String type) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", type + "; charset=utf-8")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        if (r.body().contains("\"failed\"")) {
            assertEquals(0, JSON.readTree(r.body()).get("failed").asInt(), r.body());
        }
        return null;
    }

    static int geoparsedMentions(String text) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(urls.get(0) + "/api/geoparse"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(r.body());
        assertEquals(200, r.statusCode(), r.body());
        return json.get("mentions").size();
    }

    static String jdbcUrl() {
        String port = env("TANSIQ_PG_PORT", "55432");
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + env("TANSIQ_TEST_DB", "tansiq_test");
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void waitReady(String url, Process p, Path log) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            if (!p.isAlive()) {
                throw new AssertionError("instance exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance at " + url + " not ready: " + Files.readString(log));
    }
}
