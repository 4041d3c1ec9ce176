package org.tansiq.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the generated statements still say what they are meant to say to the real extractor: a
 * few articles go through {@code POST /api/geoparse?events=true} and every statement must come
 * back as an event of its kind (and centre status) at its place. Cue files change; when they do,
 * a corpus that silently stops yielding centres would make the layers look fast for the wrong
 * reason, so a yield under {@link #FLOOR} fails the run.
 */
final class YieldCheck {

    static final double FLOOR = 0.9;

    private YieldCheck() {
    }

    /** {@code {articles, perKind: {kind: {statements, matched, events, eventsPerArticle, yield}}, minYield}}. */
    static Map<String, Object> run(ApiClient api, ObjectMapper json, List<SyntheticCorpus.Article> sample)
            throws Exception {
        Map<String, int[]> byKind = new LinkedHashMap<>();
        for (String kind : List.of("coordination_centre", "security_gap", "operation", "attack", "deployment")) {
            byKind.put(kind, new int[3]);
        }
        List<String> misses = new java.util.ArrayList<>();
        for (SyntheticCorpus.Article a : sample) {
            ApiClient.Reply r = api.postText("/api/geoparse?events=true", a.text());
            if (r.status() != 200) {
                throw new IllegalStateException("POST /api/geoparse?events=true answered " + r.status() + ": "
                        + r.text());
            }
            JsonNode events = json.readTree(r.body()).path("events");
            for (JsonNode e : events) {
                byKind.computeIfAbsent(e.path("kind").asText(), k -> new int[3])[2]++;
            }
            for (SyntheticCorpus.Statement s : a.statements()) {
                int[] counts = byKind.get(s.kind());
                counts[0]++;
                if (yielded(events, s)) {
                    counts[1]++;
                } else if (misses.size() < 10) {
                    misses.add(s.kind() + "/" + s.status() + " at place " + s.placeId() + ": "
                            + a.text().substring(s.start(), s.end()) + " -> " + near(events, s));
                }
            }
        }
        Map<String, Object> perKind = new LinkedHashMap<>();
        double min = 1;
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            int[] c = e.getValue();
            double y = c[0] == 0 ? 1 : (double) c[1] / c[0];
            min = Math.min(min, y);
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("statements", c[0]);
            k.put("matched", c[1]);
            k.put("events", c[2]);
            k.put("eventsPerArticle", Math.round(10.0 * c[2] / sample.size()) / 10.0);
            k.put("yield", Math.round(y * 1000) / 1000.0);
            perKind.put(e.getKey(), k);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", sample.size());
        m.put("perKind", perKind);
        m.put("minYield", Math.round(min * 1000) / 1000.0);
        m.put("floor", FLOOR);
        m.put("misses", misses);
        return m;
    }

    /** What the extractor made of a missed statement's sentence. */
    private static String near(JsonNode events, SyntheticCorpus.Statement s) {
        int middle = (s.start() + s.end()) / 2;
        List<String> got = new java.util.ArrayList<>();
        for (JsonNode e : events) {
            if (e.path("start").asInt() <= middle && e.path("end").asInt() > middle) {
                List<Long> places = new java.util.ArrayList<>();
                e.path("places").forEach(p -> places.add(p.path("placeId").asLong()));
                got.add(e.path("kind").asText() + "/" + e.path("status").asText() + " " + places);
            }
        }
        return got.isEmpty() ? "no event" : String.join("; ", got);
    }

    private static boolean yielded(JsonNode events, SyntheticCorpus.Statement s) {
        for (JsonNode e : events) {
            // The event's sentence holds the statement's middle (sentence bounds may take the space before).
            int middle = (s.start() + s.end()) / 2;
            if (!e.path("kind").asText().equals(s.kind()) || e.path("start").asInt() > middle
                    || e.path("end").asInt() <= middle) {
                continue;
            }
            if (s.status() != null && !s.status().equals(e.path("status").asText())) {
                continue;
            }
            for (JsonNode p : e.path("places")) {
                if (p.path("placeId").asLong() == s.placeId()) {
                    return true;
                }
            }
        }
        return false;
    }
}
