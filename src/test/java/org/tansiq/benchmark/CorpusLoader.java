package org.tansiq.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts the synthetic corpus through the public API, the way a crawler would, and times it. It
 * tries the bulk form first ({@code POST /api/articles} with a JSON array); an application that
 * refuses it (400 or 415: today's takes one object) gets the articles one by one from several
 * client threads. Generation happens on the posting threads, inside the timed span.
 */
final class CorpusLoader {

    static final int BATCH = 50;
    /** Client threads: the app parses on the server's cores, and two more engineers share them. */
    static final int THREADS = 4;
    private static final String PATH = "/api/articles";

    private final ApiClient api;
    private final ObjectMapper json;
    private final SyntheticCorpus corpus;

    CorpusLoader(ApiClient api, ObjectMapper json, SyntheticCorpus corpus) {
        this.api = api;
        this.json = json;
        this.corpus = corpus;
    }

    /** Posts articles {@code from} (inclusive) to {@code to} (exclusive); {@code {mode, articles, seconds, articlesPerSecond, created, existing, failed}}. */
    Map<String, Object> load(int from, int to) throws Exception {
        AtomicLong created = new AtomicLong();
        AtomicLong existing = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<String> firstErrors = new ArrayList<>();
        long t0 = System.nanoTime();
        String mode = "bulk";
        int next = from;
        if (from < to) {
            int end = Math.min(to, from + BATCH);
            ApiClient.Reply first = api.postJson(PATH, batch(from, end));
            if (first.status() == 400 || first.status() == 415) {
                mode = "one by one, " + THREADS + " client threads (the bulk form answered " + first.status() + ")";
            } else {
                count(first, end - from, created, existing, failed, firstErrors);
                next = end;
            }
        }
        boolean bulk = mode.equals("bulk");
        int step = bulk ? BATCH : 1;
        AtomicInteger cursor = new AtomicInteger(next);
        AtomicInteger done = new AtomicInteger(next - from);
        int total = to - from;
        ExecutorService pool = Executors.newFixedThreadPool(bulk ? 2 : THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < (bulk ? 2 : THREADS); t++) {
            workers.add(pool.submit(() -> {
                int k;
                while ((k = cursor.getAndAdd(step)) < to) {
                    int end = Math.min(to, k + step);
                    ApiClient.Reply r = bulk ? api.postJson(PATH, batch(k, end))
                            : api.postJson(PATH, json.writeValueAsString(articleJson(corpus.article(k))));
                    count(r, end - k, created, existing, failed, firstErrors);
                    int d = done.addAndGet(end - k);
                    if (d / 1000 != (d - (end - k)) / 1000) {
                        double s = (System.nanoTime() - t0) / 1e9;
                        System.out.printf("layers bench: %d of %d articles posted, %.0f articles/s%n", d, total,
                                d / s);
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", mode);
        m.put("articles", total);
        m.put("seconds", Math.round(seconds * 10) / 10.0);
        m.put("articlesPerSecond", total == 0 ? null : Math.round(total / seconds * 10) / 10.0);
        m.put("created", created.get());
        m.put("existing", existing.get());
        m.put("failed", failed.get());
        m.put("firstErrors", firstErrors);
        return m;
    }

    private String batch(int from, int to) throws Exception {
        ArrayNode array = json.createArrayNode();
        for (int k = from; k < to; k++) {
            array.add(articleJson(corpus.article(k)));
        }
        return json.writeValueAsString(array);
    }

    private ObjectNode articleJson(SyntheticCorpus.Article a) {
        ObjectNode o = json.createObjectNode();
        o.put("title", a.title());
        o.put("outlet", SyntheticCorpus.OUTLET);
        o.put("url", "https://bench.tansiq.invalid/" + a.serial());
        o.put("publishedAt", a.publishedAt().toString());
        o.put("language", "ar");
        o.put("text", a.text());
        return o;
    }

    /** Single answers are 201 (created) or 200 (existing); bulk answers carry their own counts. */
    private void count(ApiClient.Reply r, int articles, AtomicLong created, AtomicLong existing, AtomicLong failed,
            List<String> errors) {
        if (r.status() == 201) {
            created.incrementAndGet();
            return;
        }
        if (r.status() == 200) {
            try {
                JsonNode body = json.readTree(r.body());
                if (body.has("results")) {
                    created.addAndGet(body.path("created").asLong());
                    existing.addAndGet(body.path("existing").asLong());
                    failed.addAndGet(body.path("failed").asLong());
                } else {
                    existing.incrementAndGet();
                }
                return;
            } catch (java.io.IOException e) {
                // fall through: an answer we cannot read is a failure
            }
        }
        failed.addAndGet(articles);
        synchronized (errors) {
            if (errors.size() < 5) {
                errors.add(r.timedOut() ? "timeout" : "HTTP " + r.status() + " " + r.text().substring(0,
                        Math.min(300, r.text().length())));
            }
        }
    }
}
