package org.tansiq.benchmark;

import java.util.Map;

/** The layers report as a table for the console; every figure is also in the JSON. */
final class ReportTable {

    private ReportTable() {
    }

    @SuppressWarnings("unchecked")
    static String of(Map<String, Object> report, String written) {
        Map<String, Object> env = (Map<String, Object>) report.get("environment");
        Map<String, Object> corpus = (Map<String, Object>) report.get("corpus");
        StringBuilder out = new StringBuilder("\nLayers benchmark\n");
        out.append(LayersBenchmark.format("%s, %s cores, %s, commit %s, app -Xmx%s%n", env.get("date"),
                env.get("cores"), env.get("cpu"), env.get("gitCommit"), env.get("appXmx")));
        out.append(LayersBenchmark.format("corpus: %s articles, %s events (%s points) %s; asked %s events%n",
                corpus.get("articles"), corpus.get("events"), corpus.get("eventPoints"), corpus.get("eventsByKind"),
                corpus.get("eventsAsked")));
        Map<String, Object> ingest = (Map<String, Object>) corpus.get("ingest");
        if (ingest.containsKey("articles")) {
            out.append(LayersBenchmark.format("ingest: %s articles/s (%s; %s articles in %s s, created %s, existing"
                    + " %s, failed %s)%n", ingest.get("articlesPerSecond"), ingest.get("mode"), ingest.get("articles"),
                    ingest.get("seconds"), ingest.get("created"), ingest.get("existing"), ingest.get("failed")));
        } else {
            out.append("ingest: ").append(ingest.get("mode")).append('\n');
        }
        out.append(LayersBenchmark.format("generation alone: %s articles/s%n", corpus.get("generationArticlesPerSecond")));
        out.append(LayersBenchmark.format("yield check: %s%n%n", ((Map<String, Object>) corpus.get("yieldCheck"))
                .get("perKind")));
        out.append(LayersBenchmark.format("%-42s %-8s %9s %9s %9s %4s %9s %9s%n", "layer / page", "result", "p50 ms",
                "p95 ms", "p99 ms", "n", "req/s c1", "req/s c32"));
        Map<String, Object> layers = (Map<String, Object>) report.get("layers");
        for (Map.Entry<String, Object> layer : layers.entrySet()) {
            Map<String, Object> l = (Map<String, Object>) layer.getValue();
            Map<String, Object> pages = (Map<String, Object>) l.get("firstPages");
            Map<String, Object> load = (Map<String, Object>) l.get("throughput");
            String loaded = (String) load.get("request");
            for (Map.Entry<String, Object> page : pages.entrySet()) {
                Map<String, Object> p = (Map<String, Object>) page.getValue();
                boolean isLoaded = p.get("path").equals(loaded);
                out.append(row(layer.getKey() + " " + page.getKey(), p, isLoaded ? load : null));
            }
            Map<String, Object> deep = (Map<String, Object>) l.get("deepPage");
            Object depth = deep.getOrDefault("depth", deep.get("depthReached"));
            out.append(row(layer.getKey() + " deep" + (depth == null ? "" : " (page " + depth + ")"), deep, null));
            Map<String, Object> baselines = (Map<String, Object>) l.get("baseline");
            for (Map.Entry<String, Object> b : baselines.entrySet()) {
                if (b.getValue() instanceof Map<?, ?> bm) {
                    out.append(row("  SQL baseline " + b.getKey(), (Map<String, Object>) bm,
                            (Map<String, Object>) bm.get("throughput")));
                } else {
                    out.append(LayersBenchmark.format("%-42s %-8s%n", "  SQL baseline " + b.getKey(), b.getValue()));
                }
            }
            Map<String, Object> tiles = (Map<String, Object>) l.get("tiles");
            out.append(LayersBenchmark.format("%-42s %-8s %9s %9s %9s %4s%n", "  vector tiles", tiles.get("result"),
                    blank(tiles.get("p50Ms")), blank(tiles.get("p95Ms")), blank(tiles.get("p99Ms")),
                    blank(tiles.get("n"))));
        }
        Map<String, Object> memory = (Map<String, Object>) report.get("memory");
        out.append(LayersBenchmark.format("%napp memory: VmRSS %s MB, VmHWM %s MB (-Xmx%s)%n", memory.get("VmRSSMB"),
                memory.get("VmHWMMB"), memory.get("xmx")));
        out.append("written to ").append(written).append('\n');
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static String row(String name, Map<String, Object> p, Map<String, Object> load) {
        String c1 = "";
        String c32 = "";
        if (load != null) {
            c1 = rate(load.get("c1"));
            c32 = rate(load.get("c32"));
            if (load.containsKey("result")) {
                c1 = "skipped";
            }
        }
        return LayersBenchmark.format("%-42s %-8s %9s %9s %9s %4s %9s %9s%n", name, p.get("result"),
                blank(p.get("p50Ms")), blank(p.get("p95Ms")), blank(p.get("p99Ms")), blank(p.get("n")), c1, c32);
    }

    private static String rate(Object o) {
        if (!(o instanceof Map<?, ?> m)) {
            return "";
        }
        boolean none = ((Number) m.get("requests")).longValue() == 0 && ((Number) m.get("timeouts")).longValue() > 0;
        return none ? "timeout" : String.valueOf(m.get("requestsPerSecond"));
    }

    private static String blank(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
