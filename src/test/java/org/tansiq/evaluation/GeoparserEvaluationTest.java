package org.tansiq.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tansiq.evaluation.Calibration.Outcome;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.geocoding.ResolvedMention;

/**
 * The geoparser against two hand-annotated corpora (src/test/resources/gold): the five seed
 * articles, which the curated gazetteer was built from (a regression guard, flattering), and a
 * held-out development set written apart from them (gold/dev, authored for the project), and
 * real news ({@link RealNews}: a tuning half and a test half, the honest figure; the test half's
 * errors are never printed). Prints a table per article and overall for each, the calibration of
 * the confidences over seeds and dev,
 * writes target/evaluation/geoparser-report.json, and fails when a figure falls below its floor.
 * Run alone with {@code ./tansiq eval}.
 */
@QuarkusTest
class GeoparserEvaluationTest {

    static final Path REPORT = Path.of("target", "evaluation", "geoparser-report.json");

    /**
     * A gold corpus and the floors pinned on it. Raise floors when the geoparser improves, never
     * lower them to pass. {@code half} names a half of the real-news set (its gold comes from
     * {@link RealNews}); {@code detailed} false prints and reports its totals only.
     */
    record Corpus(String name, String gold, String texts, double minF1, double minAcc161, double minExactPlace,
            String half, boolean detailed) {

        Corpus(String name, String gold, String texts, double minF1, double minAcc161, double minExactPlace) {
            this(name, gold, texts, minF1, minAcc161, minExactPlace, null, true);
        }
    }

    static final Corpus SEEDS = new Corpus("seeds", "gold/seeds-gold.json", "seeds/", 0.95, 0.95, 0.95);
    static final Corpus DEV = new Corpus("dev", "gold/dev-gold.json", "gold/dev/", 0.98, 0.98, 0.95);
    /**
     * Real news, the half the rules may be tuned on, and the half scored once per change and never
     * read for errors (totals only). First figures (2026-12-02): tune F1 0.703, Acc@161 0.988, id
     * 0.976; test F1 0.827, Acc@161 0.994, id 0.994. With the world's countries: tune F1 0.805, test
     * F1 0.849 (floors raised there); the tune half's exact-place rate fell to 0.922 because the
     * names now recognised include oblasts and rivers the gazetteer does not have yet, read as the
     * town of the same name (within 161 km, not the same place). With continents and regions
     * (CLDR), first-level divisions abroad (ISO 3166-2) and the curated seas, rivers, lakes and dams:
     * tune F1 0.872; test F1 0.902 (Iraq news 0.946, general 0.762). With names no gazetteer lists
     * placed in their units (approximate mentions): tune F1 0.883, id 0.934; test F1 0.908 (Iraq
     * 0.947, general 0.785), Acc@161 0.995, id 0.916: the exact-place rate fell because names now
     * recognised include villages and areas the gold can only place approximately (`"place": null`),
     * which no prediction matches exactly. Foreign cities no longer found by dropping the text's
     * article («المشهد») nor after a type word with a clitic («مدينة كبيرة»): tune 0.890, test 0.910
     * (Iraq 0.950, general 0.785).
     */
    static final Corpus REAL_TUNE = new Corpus("realnews-tune", null, RealNews.TEXTS, 0.88, 0.99, 0.93,
            RealNews.TUNE, true);
    static final Corpus REAL_TEST = new Corpus("realnews-test", null, RealNews.TEXTS, 0.91, 0.99, 0.91,
            RealNews.TEST, false);
    /** Bound on the expected calibration error of the confidences over both corpora. */
    static final double MAX_ECE = 0.06;

    @Inject
    Geoparser geoparser;

    @Inject
    ObjectMapper json;

    /** @param byTopic real news only: the totals of each topic, «iraq (22 texts)» to its scores */
    record Result(Map<String, Scores> perArticle, Scores overall, Map<String, List<Map<String, Object>>> differences,
            List<Outcome> outcomes, Map<String, Scores> byTopic, ApproximateScores approximate) {
    }

    @Test
    void goldCorporaScores() throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        Map<Corpus, Result> results = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Corpus corpus : List.of(SEEDS, DEV, REAL_TUNE, REAL_TEST)) {
            Result r = evaluate(corpus);
            results.put(corpus, r);
            if (corpus.half() == null) {
                outcomes.addAll(r.outcomes());
            }
            print(corpus, r);
            report.put(corpus.name(), section(corpus, r));
        }
        Calibration calibration = Calibration.of(outcomes);
        System.out.println("\nConfidence calibration (seeds + dev; correct = gold span and gold place)\n" + calibration.table());
        report.put("calibration", calibration.report());
        Files.createDirectories(REPORT.getParent());
        json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(REPORT.toFile(), report);

        results.forEach((corpus, r) -> {
            Scores s = r.overall();
            String where = corpus.name() + ": ";
            assertTrue(s.f1() >= corpus.minF1(), where + "recognition F1 " + s.f1() + " < " + corpus.minF1() + "; see " + REPORT);
            assertTrue(s.accuracyAt161() >= corpus.minAcc161(),
                    where + "Acc@161km " + s.accuracyAt161() + " < " + corpus.minAcc161() + "; see " + REPORT);
            assertTrue(s.exactPlaceRate() >= corpus.minExactPlace(),
                    where + "exact place match " + s.exactPlaceRate() + " < " + corpus.minExactPlace() + "; see " + REPORT);
        });
        assertTrue(calibration.expectedCalibrationError() <= MAX_ECE,
                "confidence ECE " + calibration.expectedCalibrationError() + " > " + MAX_ECE + "; see " + REPORT);
    }

    private Result evaluate(Corpus corpus) throws IOException {
        JsonNode gold = corpus.half() != null ? RealNews.gold(json, "gold", corpus.half())
                : json.readTree(resource(corpus.gold()));
        Map<String, Scores> perArticle = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> differences = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<ApproximateScores> approximate = new ArrayList<>();
        for (JsonNode article : gold.get("articles")) {
            String file = article.get("file").asText();
            String text = new String(resource(corpus.texts() + file), StandardCharsets.UTF_8);
            List<GoldMention> expected = new ArrayList<>();
            Map<Long, String> goldPlaceBySpan = new HashMap<>();
            Map<Long, JsonNode> unlistedBySpan = new HashMap<>();
            for (JsonNode m : article.get("mentions")) {
                GoldMention g = new GoldMention(m.get("start").asInt(), m.get("end").asInt(), m.get("surface").asText(),
                        m.path("place").asText("none"), m.path("nameEn").asText(null), m.get("lat").asDouble(),
                        m.get("lon").asDouble());
                expected.add(g);
                goldPlaceBySpan.put(span(g.start(), g.end()), g.place());
                if (m.path("place").isNull() && m.hasNonNull("approx")) {
                    unlistedBySpan.put(span(g.start(), g.end()), m);
                }
            }
            List<ResolvedMention> resolved = geoparser.parse(text);
            approximate.add(approximateScores(unlistedBySpan, resolved));
            List<PredictedMention> predicted = resolved.stream()
                    .map(r -> new PredictedMention(r.start(), r.end(), r.surface(),
                            r.place().source() + ":" + r.place().sourceId(), r.place().lat(), r.place().lon()))
                    .toList();
            for (int i = 0; i < predicted.size(); i++) {
                PredictedMention p = predicted.get(i);
                outcomes.add(new Outcome(resolved.get(i).confidence(),
                        p.place().equals(goldPlaceBySpan.get(span(p.start(), p.end())))));
            }
            perArticle.put(file, Scores.of(expected, predicted));
            differences.put(file, Differences.of(expected, predicted));
        }
        return new Result(perArticle, Scores.sum(perArticle.values()), differences, outcomes,
                corpus.half() == null ? Map.of() : byTopic(perArticle), ApproximateScores.sum(approximate));
    }

    private static ApproximateScores approximateScores(Map<Long, JsonNode> unlisted, List<ResolvedMention> resolved) {
        int predicted = 0;
        int sameSpan = 0;
        int sameUnit = 0;
        int within = 0;
        for (ResolvedMention r : resolved) {
            if (!r.approximate()) {
                continue;
            }
            predicted++;
            JsonNode g = unlisted.get(span(r.start(), r.end()));
            if (g != null) {
                sameSpan++;
                if (g.get("approx").asText().equals(r.place().source() + ":" + r.place().sourceId())) {
                    sameUnit++;
                }
                if (org.tansiq.geocoding.GreatCircle.km(g.get("lat").asDouble(), g.get("lon").asDouble(),
                        r.place().lat(), r.place().lon()) <= Scores.ACC_KM) {
                    within++;
                }
            }
        }
        return new ApproximateScores(unlisted.size(), predicted, sameSpan, sameUnit, within);
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static void print(Corpus corpus, Result r) {
        StringBuilder out = new StringBuilder("\nGeoparser evaluation on the " + corpus.name() + " gold\n");
        out.append(String.format(Locale.ROOT, "%-42s %5s %5s %6s %6s %6s %8s %8s %8s %6s%n", "article", "gold",
                "pred", "P", "R", "F1", "Acc@161", "median", "mean", "id"));
        if (corpus.detailed()) {
            r.perArticle().forEach((file, s) -> out.append(row(file, s)));
        }
        out.append(row("OVERALL " + corpus.name() + " (" + r.perArticle().size() + " texts)", r.overall()));
        r.byTopic().forEach((topic, s) -> out.append(row("  of which " + topic, s)));
        out.append(r.approximate().line()).append('\n');
        System.out.println(out);
    }

    /** Real news: the totals of Iraq news and of general news apart (issue 10 sets a target for each). */
    private static Map<String, Scores> byTopic(Map<String, Scores> perArticle) throws IOException {
        Map<String, String> topics = RealNews.topics();
        Map<String, List<Scores>> parts = new TreeMap<>();
        perArticle.forEach((file, s) -> parts.computeIfAbsent(topics.get(file), t -> new ArrayList<>()).add(s));
        Map<String, Scores> out = new TreeMap<>();
        parts.forEach((topic, list) -> out.put(topic + " (" + list.size() + " texts)", Scores.sum(list)));
        return out;
    }

    private static String row(String name, Scores s) {
        return String.format(Locale.ROOT, "%-42s %5d %5d %6.3f %6.3f %6.3f %8.3f %7.1fk %7.1fk %6.3f%n", name,
                s.gold(), s.predicted(), s.precision(), s.recall(), s.f1(), s.accuracyAt161(), s.medianErrorKm(),
                s.meanErrorKm(), s.exactPlaceRate());
    }

    private static Map<String, Object> section(Corpus corpus, Result r) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("texts", r.perArticle().size());
        section.put("overall", figures(r.overall()));
        r.byTopic().forEach((topic, s) -> section.put(topic, figures(s)));
        section.put("approximate", r.approximate().report());
        if (!corpus.detailed()) {
            return section;
        }
        Map<String, Object> articles = new LinkedHashMap<>();
        r.perArticle().forEach((file, s) -> {
            Map<String, Object> entry = figures(s);
            entry.put("differences", r.differences().get(file));
            articles.put(file, entry);
        });
        section.put("articles", articles);
        return section;
    }

    private static Map<String, Object> figures(Scores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", s.gold());
        m.put("predicted", s.predicted());
        m.put("correctSpans", s.correctSpans());
        m.put("precision", s.precision());
        m.put("recall", s.recall());
        m.put("f1", s.f1());
        m.put("accuracyAt161km", s.accuracyAt161());
        m.put("medianErrorKm", s.medianErrorKm());
        m.put("meanErrorKm", s.meanErrorKm());
        m.put("exactPlaceMatch", s.exactPlaceRate());
        return m;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
