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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tansiq.geocoding.Geoparser;

/**
 * The geoparser against the hand-annotated seed corpus (src/test/resources/gold). Prints a table
 * per article and overall, writes target/evaluation/geoparser-report.json, and fails when the
 * figures fall below the pinned floors. Run alone with {@code ./tansiq eval}.
 */
@QuarkusTest
class GeoparserEvaluationTest {

    static final String GOLD = "gold/seeds-gold.json";
    static final Path REPORT = Path.of("target", "evaluation", "geoparser-report.json");

    /** Pinned floors: raise them when the geoparser improves, never lower them to pass. */
    static final double MIN_F1 = 0.95;
    static final double MIN_ACC_161 = 0.95;
    static final double MIN_EXACT_PLACE = 0.95;

    @Inject
    Geoparser geoparser;

    @Inject
    ObjectMapper json;

    @Test
    void seedCorpusScores() throws IOException {
        JsonNode gold = json.readTree(resource(GOLD));
        Map<String, Scores> perArticle = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> errors = new LinkedHashMap<>();
        for (JsonNode article : gold.get("articles")) {
            String file = article.get("file").asText();
            String text = new String(resource("seeds/" + file), StandardCharsets.UTF_8);
            List<GoldMention> expected = new ArrayList<>();
            for (JsonNode m : article.get("mentions")) {
                expected.add(new GoldMention(m.get("start").asInt(), m.get("end").asInt(), m.get("surface").asText(),
                        m.get("place").asText(), m.path("nameEn").asText(null), m.get("lat").asDouble(),
                        m.get("lon").asDouble()));
            }
            List<PredictedMention> predicted = geoparser.parse(text).stream()
                    .map(r -> new PredictedMention(r.start(), r.end(), r.surface(),
                            r.place().source() + ":" + r.place().sourceId(), r.place().lat(), r.place().lon()))
                    .toList();
            perArticle.put(file, Scores.of(expected, predicted));
            errors.put(file, Differences.of(expected, predicted));
        }
        Scores overall = Scores.sum(perArticle.values());
        print(perArticle, overall);
        writeReport(perArticle, overall, errors);

        assertTrue(overall.f1() >= MIN_F1, "recognition F1 " + overall.f1() + " < " + MIN_F1 + "; see " + REPORT);
        assertTrue(overall.accuracyAt161() >= MIN_ACC_161,
                "Acc@161km " + overall.accuracyAt161() + " < " + MIN_ACC_161 + "; see " + REPORT);
        assertTrue(overall.exactPlaceRate() >= MIN_EXACT_PLACE,
                "exact place match " + overall.exactPlaceRate() + " < " + MIN_EXACT_PLACE + "; see " + REPORT);
    }

    private static void print(Map<String, Scores> perArticle, Scores overall) {
        StringBuilder out = new StringBuilder("\nGeoparser evaluation on the seed gold\n");
        out.append(String.format(Locale.ROOT, "%-42s %5s %5s %6s %6s %6s %8s %8s %8s %6s%n", "article", "gold",
                "pred", "P", "R", "F1", "Acc@161", "median", "mean", "id"));
        perArticle.forEach((file, s) -> out.append(row(file, s)));
        out.append(row("OVERALL", overall));
        System.out.println(out);
    }

    private static String row(String name, Scores s) {
        return String.format(Locale.ROOT, "%-42s %5d %5d %6.3f %6.3f %6.3f %8.3f %7.1fk %7.1fk %6.3f%n", name,
                s.gold(), s.predicted(), s.precision(), s.recall(), s.f1(), s.accuracyAt161(), s.medianErrorKm(),
                s.meanErrorKm(), s.exactPlaceRate());
    }

    private void writeReport(Map<String, Scores> perArticle, Scores overall,
            Map<String, List<Map<String, Object>>> errors) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("overall", figures(overall));
        Map<String, Object> articles = new LinkedHashMap<>();
        perArticle.forEach((file, s) -> {
            Map<String, Object> entry = figures(s);
            entry.put("differences", errors.get(file));
            articles.put(file, entry);
        });
        report.put("articles", articles);
        Files.createDirectories(REPORT.getParent());
        json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(REPORT.toFile(), report);
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
