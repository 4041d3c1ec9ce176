package org.tansiq.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tansiq.events.EventExtractor;
import org.tansiq.events.ExtractorCorpus;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.geocoding.ResolvedMention;

/**
 * What reading an article costs on one thread: event extraction alone (on mentions the geoparser
 * found once per text), and the whole read, geoparse then extract, as ingestion does it. Over the
 * seed texts (each with no publication date, so the extractor reads it from the text, and with
 * one) and over recombined variants of every text the project has ({@link ExtractorCorpus}).
 * Rates per CPU second of the benchmark thread; writes {@value #REPORT_PATH}. A measurement, not a
 * gate: run it with {@code ./tansiq bench extract}.
 */
@QuarkusTest
@Tag("benchmark")
class ExtractBenchmark {

    static final String REPORT_PATH = "target/benchmark/extract.json";
    static final long WARMUP_NANOS = TimeUnit.SECONDS.toNanos(2);
    static final int ROUNDS = 9;
    static final long ROUND_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    static final int VARIANTS = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Results flow here so the JIT cannot drop the work. */
    static volatile long sink;

    @Inject
    Geoparser geoparser;

    @Inject
    EventExtractor extractor;

    @Inject
    ObjectMapper json;

    @Test
    void extractThroughput() throws Exception {
        List<ExtractorCorpus.Case> seeds = ExtractorCorpus.all(0).stream()
                .filter(c -> c.name().startsWith("seeds/")).toList();
        List<ExtractorCorpus.Case> variants = ExtractorCorpus.variants(ExtractorCorpus.originals(), VARIANTS);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("environment", environment());
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("threads", 1);
        method.put("warmupSecondsEach", WARMUP_NANOS / 1e9);
        method.put("rounds", ROUNDS);
        method.put("minSecondsPerRound", ROUND_NANOS / 1e9);
        method.put("clock", "CPU time of the benchmark thread (ThreadMXBean); wall-clock rates beside");
        report.put("method", method);
        StringBuilder table = new StringBuilder("\nExtract benchmark (one thread, per CPU second)\n");
        table.append(String.format(Locale.ROOT, "%-34s %12s %10s %10s %12s%n", "", "articles/s", "min", "max", "ms/article"));
        for (Map.Entry<String, List<ExtractorCorpus.Case>> corpus : Map.of("seeds", seeds, "variants", variants)
                .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            List<ExtractorCorpus.Case> cases = corpus.getValue();
            Map<ExtractorCorpus.Case, List<ResolvedMention>> mentions = new java.util.IdentityHashMap<>();
            cases.forEach(c -> mentions.put(c, geoparser.parse(c.text())));
            ToIntFunction<ExtractorCorpus.Case> extractOnly = c -> extractor.extract(c.text(), mentions.get(c),
                    c.published()).size();
            ToIntFunction<ExtractorCorpus.Case> geoparseOnly = c -> geoparser.parse(c.text()).size();
            ToIntFunction<ExtractorCorpus.Case> read = c -> extractor.extract(c.text(), geoparser.parse(c.text()),
                    c.published()).size();
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("articles", cases.size());
            section.put("meanUtf8Bytes", cases.stream()
                    .mapToLong(c -> c.text().getBytes(StandardCharsets.UTF_8).length).sum() / cases.size());
            section.put("eventsPerPass", cases.stream().mapToInt(extractOnly::applyAsInt).sum());
            for (Map.Entry<String, ToIntFunction<ExtractorCorpus.Case>> work : List.of(
                    Map.entry("extractOnly", extractOnly), Map.entry("geoparseAndExtract", read),
                    Map.entry("geoparseOnly", geoparseOnly))) {
                run(cases, work.getValue(), WARMUP_NANOS);
                List<double[]> rounds = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    rounds.add(run(cases, work.getValue(), ROUND_NANOS));
                }
                double[] cpu = rounds.stream().mapToDouble(x -> x[0]).toArray();
                double[] wall = rounds.stream().mapToDouble(x -> x[1]).toArray();
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("articlesPerCpuSecond", Map.of("median", Math.round(Spread.median(cpu)),
                        "min", Math.round(Spread.min(cpu)), "max", Math.round(Spread.max(cpu))));
                figures.put("cpuMillisecondsPerArticle", Math.round(1e6 / Spread.median(cpu)) / 1e3);
                figures.put("wallClockArticlesPerSecond", Math.round(Spread.median(wall)));
                section.put(work.getKey(), figures);
                table.append(String.format(Locale.ROOT, "%-34s %12.0f %10.0f %10.0f %12.3f%n",
                        corpus.getKey() + ": " + work.getKey(), Spread.median(cpu), Spread.min(cpu), Spread.max(cpu),
                        1e3 / Spread.median(cpu)));
                assertTrue(Spread.median(cpu) > 0, "no throughput measured");
            }
            report.put(corpus.getKey(), section);
        }
        Path out = Path.of(REPORT_PATH);
        Files.createDirectories(out.getParent());
        json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        table.append("written to ").append(out.toAbsolutePath()).append('\n');
        System.out.println(table);
    }

    /** {articles per CPU second, articles per wall second} of one loop of at least {@code atLeast} ns. */
    private static double[] run(List<ExtractorCorpus.Case> cases, ToIntFunction<ExtractorCorpus.Case> work, long atLeast) {
        long articles = 0;
        long acc = 0;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long elapsed;
        do {
            acc += work.applyAsInt(cases.get((int) (articles % cases.size())));
            articles++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < atLeast);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        sink += acc;
        return new double[] {articles / (cpu / 1e9), articles / (elapsed / 1e9)};
    }

    private static Map<String, Object> environment() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        return m;
    }

}
