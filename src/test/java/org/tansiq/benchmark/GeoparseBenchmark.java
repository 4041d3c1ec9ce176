package org.tansiq.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tansiq.gazetteer.NameIndex;
import org.tansiq.geocoding.GazetteerMatcher;
import org.tansiq.gazetteer.StopKeys;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.Tokenizer;

/**
 * Geoparse throughput with the full gazetteer, against a baseline measured in the same run: a
 * bare scan of the same texts through the same name index. Also the heap the name index holds
 * and how long the index takes to build from PostGIS (the matcher's start-up).
 *
 * <p>A measurement, not a gate: it prints a table, writes {@value #REPORT_PATH}, and asserts only
 * that the figures are there. Tagged {@code benchmark}, so the normal suite skips it; run it with
 * {@code ./tansiq bench}.
 */
@QuarkusTest
@Tag("benchmark")
class GeoparseBenchmark {

    static final String REPORT_PATH = "target/benchmark/geoparse.json";
    static final Path REPORT = Path.of(REPORT_PATH);

    static final long WARMUP_NANOS = TimeUnit.SECONDS.toNanos(3);
    static final int ROUNDS = 15;
    static final long ROUND_NANOS = TimeUnit.MILLISECONDS.toNanos(700);
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final int INDEX_BUILDS = 3;

    @Inject
    Geoparser geoparser;

    @Inject
    NameIndex nameIndex;

    @Inject
    GazetteerMatcher matcher;

    @Inject
    org.tansiq.geocoding.ToponymResolver resolver;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StopKeys stopKeys;

    @Inject
    ObjectMapper json;

    /** Results flow here so the JIT cannot drop the work. */
    static volatile long sink;

    @Test
    @SuppressWarnings("unchecked")
    void geoparseThroughput() throws Exception {
        List<String> corpus = corpus();
        long corpusBytes = corpus.stream().mapToLong(GeoparseBenchmark::utf8Bytes).sum();
        long corpusChars = corpus.stream().mapToLong(String::length).sum();

        ToIntFunction<String> full = text -> geoparser.parse(text).size();
        // The baseline lives beside the matcher (GazetteerMatcher.bareScan), so the two walk the
        // same dictionary the same way and cannot drift apart.
        ToIntFunction<String> bare = matcher::bareScan;
        // Recognition alone (the full geoparse without resolution), to show where the time goes.
        ToIntFunction<String> recognition = text -> matcher.find(text).size();
        // Resolution alone, on spans found once per article.
        Map<String, List<org.tansiq.geocoding.ToponymSpan>> spansByText = new java.util.IdentityHashMap<>();
        corpus.forEach(text -> spansByText.put(text, matcher.find(text)));
        ToIntFunction<String> resolution = text -> resolver.resolve(spansByText.get(text)).size();
        // The dictionary walk without proclitic readings: a lower bound, reported beside.
        ToIntFunction<String> asWritten = matcher::asWrittenScan;

        // What one pass over the corpus finds: a sanity check that both loops do real work.
        int fullMentions = corpus.stream().mapToInt(full::applyAsInt).sum();
        int bareMatches = corpus.stream().mapToInt(bare::applyAsInt).sum();
        int corpusTokens = corpus.stream()
                .mapToInt(text -> Tokenizer.tokenize(ArabicNormalizer.normalize(text).text()).size()).sum();

        run(corpus, full, WARMUP_NANOS);
        run(corpus, bare, WARMUP_NANOS);
        run(corpus, recognition, WARMUP_NANOS);
        run(corpus, asWritten, WARMUP_NANOS);
        run(corpus, resolution, WARMUP_NANOS);
        List<Round> fullRounds = new ArrayList<>();
        List<Round> bareRounds = new ArrayList<>();
        List<Round> recognitionRounds = new ArrayList<>();
        List<Round> asWrittenRounds = new ArrayList<>();
        List<Round> resolutionRounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            // Alternate the order so drift on a shared machine weighs on both alike.
            if (r % 2 == 0) {
                fullRounds.add(run(corpus, full, ROUND_NANOS));
                bareRounds.add(run(corpus, bare, ROUND_NANOS));
            } else {
                bareRounds.add(run(corpus, bare, ROUND_NANOS));
                fullRounds.add(run(corpus, full, ROUND_NANOS));
            }
            recognitionRounds.add(run(corpus, recognition, ROUND_NANOS / 2));
            asWrittenRounds.add(run(corpus, asWritten, ROUND_NANOS / 2));
            resolutionRounds.add(run(corpus, resolution, ROUND_NANOS / 2));
        }
        double[] ratios = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            ratios[r] = bareRounds.get(r).articlesPerSecond() / fullRounds.get(r).articlesPerSecond();
        }

        double[] buildSeconds = new double[INDEX_BUILDS];
        for (int k = 0; k < INDEX_BUILDS; k++) {
            long t0 = System.nanoTime();
            nameIndex.reload();
            buildSeconds[k] = (System.nanoTime() - t0) / 1e9;
        }
        double[] heapMb = new double[INDEX_BUILDS];
        for (int k = 0; k < INDEX_BUILDS; k++) {
            heapMb[k] = retainedByASecondIndex() / 1e6;
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("environment", environment());
        Map<String, Object> corpusInfo = new LinkedHashMap<>();
        corpusInfo.put("articles", corpus.size());
        corpusInfo.put("chars", corpusChars);
        corpusInfo.put("utf8Bytes", corpusBytes);
        corpusInfo.put("meanBytesPerArticle", corpusBytes / corpus.size());
        corpusInfo.put("tokens", corpusTokens);
        corpusInfo.put("source", "the 5 seed articles, the 16 authored dev texts (gold/dev), the 44 real-news excerpts"
                + " (gold/realnews/excerpts) and " + GENERATED + " texts generated from their paragraphs (seeded shuffle,"
                + " 1-8 kB each)");
        report.put("corpus", corpusInfo);
        report.put("gazetteer", gazetteer());
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("threads", 1);
        method.put("warmupSecondsEach", WARMUP_NANOS / 1e9);
        method.put("rounds", ROUNDS);
        method.put("minSecondsPerRound", ROUND_NANOS / 1e9);
        method.put("order", "full and bare alternate within each round, first one then the other");
        method.put("clock", "rates and ratios use wall-clock time (System.nanoTime, garbage collection included);"
                + " the benchmark thread's CPU time (ThreadMXBean) is reported beside");
        method.put("megabyte", "10^6 bytes of UTF-8 article text");
        report.put("method", method);
        report.put("fullGeoparse", throughput(fullRounds,
                "Geoparser.parse(text): normalise, tokenise, skip not-a-place phrases, longest match with every"
                        + " proclitic reading, triggers, resolution",
                "mentionsPerCorpusPass", fullMentions));
        report.put("bareScan", throughput(bareRounds,
                "GazetteerMatcher.bareScan: the dictionary walk of the geoparser alone - normalise, tokenise,"
                        + " then at each token every proclitic reading and the n-gram keys longest first, as far as"
                        + " the longest name beginning with that word, looked up in the same NameTable; no"
                        + " not-a-place phrases, no misspellings, no triggers, no lists, no spans, no resolution",
                "matchesPerCorpusPass", bareMatches));
        report.put("resolutionOnly", throughput(resolutionRounds,
                "ToponymResolver.resolve(spans) on the spans GazetteerMatcher.find gave once per article",
                "mentionsPerCorpusPass", fullMentions));
        report.put("asWrittenScan", throughput(asWrittenRounds,
                "GazetteerMatcher.asWrittenScan: bareScan with each word as written only (no proclitic"
                        + " readings: «وكركوك» is not found); a lower bound, not the target's baseline",
                "matchesPerCorpusPass", corpus.stream().mapToInt(asWritten::applyAsInt).sum()));
        report.put("recognitionOnly", throughput(recognitionRounds,
                "GazetteerMatcher.find(text): the full geoparse without resolution (normalise, tokenise,"
                        + " not-a-place phrases, proclitic readings, misspellings, triggers, spans)",
                "spansPerCorpusPass", corpus.stream().mapToInt(recognition::applyAsInt).sum()));
        ((Map<String, Object>) report.get("recognitionOnly")).put("candidatePlacesPerCorpusPass", corpus.stream()
                .mapToInt(text -> matcher.find(text).stream().mapToInt(s -> s.candidates().size()).sum()).sum());
        Map<String, Object> ratio = new LinkedHashMap<>();
        ratio.put("meaning", "time per article of the full geoparse over that of the bare scan, per round");
        ratio.put("median", round(Spread.median(ratios), 2));
        ratio.put("min", round(Spread.min(ratios), 2));
        ratio.put("max", round(Spread.max(ratios), 2));
        report.put("fullOverBare", ratio);
        Map<String, Object> heap = new LinkedHashMap<>();
        heap.put("medianMB", round(Spread.median(heapMb), 1));
        heap.put("samplesMB", roundAll(heapMb, 1));
        heap.put("method", "a second NameIndex is built with reload() from the same database (the production code"
                + " path, its package-private constructor reached by reflection); used heap after System.gc()"
                + " (MemoryMXBean, GC run until the figure settles) is read before the build and after it, with"
                + " the second index still reachable: the difference is what one index retains (keys, candidate"
                + " lists, PlaceCandidate records and their strings, the map)");
        report.put("nameIndexHeap", heap);
        Map<String, Object> startup = new LinkedHashMap<>();
        startup.put("medianSeconds", round(Spread.median(buildSeconds), 2));
        startup.put("samplesSeconds", roundAll(buildSeconds, 2));
        startup.put("method", "wall time of NameIndex.reload() on the application's index (SELECT of every place with"
                + " match keys from PostGIS, then the in-memory map), " + INDEX_BUILDS + " times");
        report.put("matcherStartup", startup);
        Map<String, Object> targets = new LinkedHashMap<>();
        double fullMedian = Spread.median(rates(fullRounds));
        targets.put("articlesPerSecondAtLeast4000", fullMedian >= 4000);
        targets.put("fullAtMost3xBare", Spread.median(ratios) <= 3.0);
        targets.put("matcherStartupUnder10s", Spread.median(buildSeconds) < 10.0);
        report.put("targetsMet", targets);

        Files.createDirectories(REPORT.getParent());
        json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(REPORT.toFile(), report);
        System.out.println(table(report, fullRounds, bareRounds, recognitionRounds, resolutionRounds, asWrittenRounds, ratios,
                buildSeconds, heapMb));

        assertTrue(fullMentions > 0 && bareMatches > 0, "the corpus yields no names: is the gazetteer loaded?");
        assertTrue(fullMedian > 0 && Spread.median(rates(bareRounds)) > 0, "no throughput measured");
        assertTrue(Spread.median(heapMb) > 0, "no heap measured");
        assertTrue(Spread.median(buildSeconds) > 0, "no start-up time measured");
    }

    // ---------------------------------------------------------------------------------------------
    // Timing

    /**
     * One timed loop. Rates use the wall clock, garbage collection included; the thread's CPU time
     * is kept beside it (on a shared machine the wall clock also counts time other processes held
     * the core, which is why full and bare alternate within a round).
     */
    record Round(long articles, long bytes, long nanos, long wallNanos) {
        /** Wall-clock seconds: what a user waits, garbage collection included (issue 10). */
        double seconds() {
            return wallNanos / 1e9;
        }

        double cpuArticlesPerSecond() {
            return articles / (nanos / 1e9);
        }

        double articlesPerSecond() {
            return articles / seconds();
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / seconds();
        }
    }

    /** Runs {@code work} over the corpus, article after article, until {@code atLeast} nanoseconds have passed. */
    private static Round run(List<String> corpus, ToIntFunction<String> work, long atLeast) {
        int n = corpus.size();
        long[] bytes = corpus.stream().mapToLong(GeoparseBenchmark::utf8Bytes).toArray();
        long articles = 0;
        long totalBytes = 0;
        long acc = 0;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long elapsed;
        do {
            int k = (int) (articles % n);
            acc += work.applyAsInt(corpus.get(k));
            articles++;
            totalBytes += bytes[k];
            elapsed = System.nanoTime() - start;
        } while (elapsed < atLeast);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        sink += acc;
        return new Round(articles, totalBytes, cpu, elapsed);
    }

    // ---------------------------------------------------------------------------------------------
    // Heap

    /** Bytes retained by one more NameIndex built like the application's, from the same database. */
    private long retainedByASecondIndex() throws ReflectiveOperationException {
        Constructor<NameIndex> constructor = NameIndex.class.getDeclaredConstructor(AgroalDataSource.class,
                StopKeys.class);
        constructor.setAccessible(true);
        long before = usedHeapAfterGc();
        NameIndex second = constructor.newInstance(dataSource, stopKeys);
        second.reload();
        long after = usedHeapAfterGc();
        if (second.size() != nameIndex.size()) {
            throw new IllegalStateException("the second index differs: " + second.size() + " keys, not "
                    + nameIndex.size());
        }
        Reference.reachabilityFence(second);
        return after - before;
    }

    /** Used heap once System.gc() stops changing it (at most 10 collections). */
    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int k = 0; k < 10; k++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = memory.getHeapMemoryUsage().getUsed();
            if (k >= 2 && Math.abs(previous - used) < 64 * 1024) {
                break;
            }
            previous = used;
        }
        return used;
    }

    // ---------------------------------------------------------------------------------------------
    // Report

    private Map<String, Object> throughput(List<Round> rounds, String what, String countName, int count) {
        double[] aps = rates(rounds);
        double[] mbps = rounds.stream().mapToDouble(Round::megabytesPerSecond).toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", what);
        m.put(countName, count);
        m.put("articlesPerSecond", stats(aps, 0));
        m.put("megabytesPerSecond", stats(mbps, 3));
        m.put("microsecondsPerArticle", round(1e6 / Spread.median(aps), 1));
        m.put("cpuTimeArticlesPerSecond", stats(rounds.stream().mapToDouble(Round::cpuArticlesPerSecond).toArray(), 0));
        List<Map<String, Object>> raw = new ArrayList<>();
        for (Round r : rounds) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("articles", r.articles());
            one.put("bytes", r.bytes());
            one.put("cpuSeconds", round(r.nanos() / 1e9, 3));
            one.put("wallSeconds", round(r.wallNanos() / 1e9, 3));
            raw.add(one);
        }
        m.put("rounds", raw);
        return m;
    }

    private static Map<String, Object> stats(double[] values, int decimals) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", round(Spread.median(values), decimals));
        m.put("min", round(Spread.min(values), decimals));
        m.put("max", round(Spread.max(values), decimals));
        return m;
    }

    private Map<String, Object> gazetteer() throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameKeys", nameIndex.size());
        m.put("longestNameTokens", nameIndex.maxTokens());
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT count(*) FILTER (WHERE cardinality(names_norm) > 0), count(*) FROM place""")) {
            rs.next();
            m.put("placesWithKeys", rs.getLong(1));
            m.put("places", rs.getLong(2));
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT dataset FROM dataset_load ORDER BY dataset")) {
            List<String> datasets = new ArrayList<>();
            while (rs.next()) {
                datasets.add(rs.getString(1));
            }
            m.put("datasets", datasets);
        }
        return m;
    }

    private static Map<String, Object> environment() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("gitCommit", Machine.git("describe", "--always", "--dirty"));
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vm.vendor") + ")");
        m.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("garbageCollectors", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        m.put("maxHeapMB", Runtime.getRuntime().maxMemory() / 1_000_000);
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("cpu", Machine.cpuModel());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static String table(Map<String, Object> report, List<Round> full, List<Round> bare,
            List<Round> recognition, List<Round> resolution, List<Round> asWritten, double[] ratios,
            double[] buildSeconds, double[] heapMb) {
        Map<String, Object> env = (Map<String, Object>) report.get("environment");
        Map<String, Object> corpus = (Map<String, Object>) report.get("corpus");
        Map<String, Object> gaz = (Map<String, Object>) report.get("gazetteer");
        StringBuilder out = new StringBuilder("\nGeoparse benchmark (one thread)\n");
        out.append(String.format(Locale.ROOT, "%s, %s cores, %s, %s, commit %s%n", env.get("date"), env.get("cores"),
                env.get("cpu"), env.get("jvm"), env.get("gitCommit")));
        out.append(String.format(Locale.ROOT, "corpus: %s articles (seeds, dev, real news, generated), %s UTF-8 bytes (mean %s), %s tokens;"
                + " gazetteer: %s name keys (longest %s tokens), %s places with keys%n", corpus.get("articles"),
                corpus.get("utf8Bytes"), corpus.get("meanBytesPerArticle"), corpus.get("tokens"), gaz.get("nameKeys"),
                gaz.get("longestNameTokens"), gaz.get("placesWithKeys")));
        out.append(String.format(Locale.ROOT, "%d rounds of >= %.1f s after %.0f s warm-up each; rates per wall-clock"
                + " second, GC included (CPU time in the JSON)%n%n", ROUNDS, ROUND_NANOS / 1e9, WARMUP_NANOS / 1e9));
        out.append(String.format(Locale.ROOT, "%-22s %12s %12s %12s %10s %10s%n", "", "articles/s", "min", "max",
                "MB/s", "us/article"));
        out.append(row("full geoparse", full));
        out.append(row("bare scan (baseline)", bare));
        out.append(row("recognition only", recognition));
        out.append(row("resolution only", resolution));
        out.append(row("as-written scan", asWritten));
        out.append(String.format(Locale.ROOT, "%-22s %12.2f %12.2f %12.2f%n", "full / bare (time)",
                Spread.median(ratios), Spread.min(ratios), Spread.max(ratios)));
        out.append(String.format(Locale.ROOT, "%n%-22s %9.2f s (runs: %s)%n", "matcher start-up",
                Spread.median(buildSeconds), Arrays.toString(roundAll(buildSeconds, 2))));
        out.append(String.format(Locale.ROOT, "%-22s %9.1f MB (builds: %s)%n", "name index heap", Spread.median(heapMb),
                Arrays.toString(roundAll(heapMb, 1))));
        out.append("\ntargets met: ").append(report.get("targetsMet")).append('\n');
        out.append("written to ").append(REPORT.toAbsolutePath()).append('\n');
        return out.toString();
    }

    private static String row(String name, List<Round> rounds) {
        double[] aps = rates(rounds);
        double mbps = Spread.median(rounds.stream().mapToDouble(Round::megabytesPerSecond).toArray());
        return String.format(Locale.ROOT, "%-22s %12.0f %12.0f %12.0f %10.2f %10.1f%n", name, Spread.median(aps),
                Spread.min(aps), Spread.max(aps), mbps, 1e6 / Spread.median(aps));
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    /** Texts generated from the corpus's paragraphs, so that the corpus is not a few texts cycled. */
    static final int GENERATED = 200;

    /**
     * The seeds, the dev texts, the real-news excerpts, and {@link #GENERATED} texts made of their
     * paragraphs in a seeded random order (1 to 8 kB each): varied names, lengths and styles.
     */
    private List<String> corpus() throws IOException {
        List<String> texts = new ArrayList<>(seeds());
        for (JsonNode a : json.readTree(resource("gold/dev-gold.json")).get("articles")) {
            texts.add(new String(resource("gold/dev/" + a.get("file").asText()), StandardCharsets.UTF_8));
        }
        for (String part : List.of("a", "b")) {
            String csv = new String(resource("gold/realnews/" + part + "-sources.csv"), StandardCharsets.UTF_8);
            csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).filter(f -> f.endsWith(".txt"))
                    .forEach(f -> {
                        try {
                            texts.add(new String(resource("gold/realnews/excerpts/" + f), StandardCharsets.UTF_8));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
        List<String> paragraphs = texts.stream().flatMap(t -> Arrays.stream(t.split("\n\\s*\n|\n")))
                .map(String::strip).filter(p -> p.length() > 40).toList();
        java.util.Random random = new java.util.Random(20261202L);
        List<String> generated = new ArrayList<>();
        for (int k = 0; k < GENERATED; k++) {
            int target = 1000 + random.nextInt(7000);
            StringBuilder sb = new StringBuilder();
            while (sb.length() < target) {
                sb.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
            }
            generated.add(sb.toString());
        }
        texts.addAll(generated);
        java.util.Collections.shuffle(texts, random);
        return texts;
    }

    private List<String> seeds() throws IOException {
        JsonNode list = json.readTree(resource("seeds/seeds.json"));
        List<String> texts = new ArrayList<>();
        for (JsonNode seed : list) {
            texts.add(new String(resource("seeds/" + seed.get("file").asText()), StandardCharsets.UTF_8));
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("seeds/seeds.json lists no seed");
        }
        return texts;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return in.readAllBytes();
        }
    }

    private static long utf8Bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static double[] rates(List<Round> rounds) {
        return rounds.stream().mapToDouble(Round::articlesPerSecond).toArray();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static double[] roundAll(double[] values, int decimals) {
        return Arrays.stream(values).map(v -> round(v, decimals)).toArray();
    }
}
