package org.tansiq.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tansiq.events.EventExtractor;
import org.tansiq.events.EventKind;
import org.tansiq.events.EventPlace;
import org.tansiq.events.ExtractedEvent;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.geocoding.ResolvedMention;

/**
 * The event extractor, fed by the real geoparser, against the hand-annotated events of the five
 * seeds, of the authored development texts (src/test/resources/gold/events, see its
 * GUIDELINES.md) and of real news ({@link RealNews}, two halves; the test half's errors are never
 * printed). Events pair by kind, places and overlapping text ({@link EventScores.Item#matches}). Prints precision, recall and F1 per kind, status accuracy (centres), date
 * accuracy (day and precision) and, for information, actor-set accuracy; writes
 * target/evaluation/events-report.json; fails when a figure falls below its floor.
 * Run with {@code ./tansiq eval}.
 */
@QuarkusTest
class EventsEvaluationTest {

    static final Path REPORT = Path.of("target", "evaluation", "events-report.json");

    /**
     * Floors pinned on a corpus. Seeds (figures when pinned): F1 0.992, lowest kind F1 0.986 (centres),
     * status 1.000, date 0.984. Dev: 1.000 throughout, but two of its misses (the attack word
     * «هجوماً», «بين» between two towns) were fixed after it was first run, so its floors keep slack.
     * Raise floors when the extractor improves, never lower them to pass.
     */
    record Corpus(String name, String gold, String texts, double minF1, double minKindF1, double minStatus,
            double minDate, String half, boolean detailed) {

        Corpus(String name, String gold, String texts, double minF1, double minKindF1, double minStatus, double minDate) {
            this(name, gold, texts, minF1, minKindF1, minStatus, minDate, null, true);
        }
    }

    static final Corpus SEEDS = new Corpus("seeds", "gold/events/seeds-events.json", "seeds/", 0.99, 0.98, 1.0, 0.98);
    static final Corpus DEV = new Corpus("dev", "gold/events/dev-events.json", "gold/events/dev/", 0.9, 0.9, 0.9, 0.9);
    /**
     * Real news (see {@link RealNews}): the tuning half, and the test half, whose errors are never
     * printed. First figures (2026-12-02): tune F1 0.471, test F1 0.381, status accuracy 0 on both
     * (every centre status wrong), test date accuracy 0.958. With modal status phrases (the future,
     * negation, what an agreement contains win in their clause): status 8 of 9 (tune), 9 of 11
     * (test), test F1 0.391. With the verbs and nouns news uses for attacks and raids («هاجم»,
     * «استهدف», «كمين», «اقتحمت», «مداهمة»): tune F1 0.514, test F1 0.427 (attacks recall 0.429).
     * With the world's places and approximate places (events at those only where a sentence names
     * no listed place): test F1 0.436. With rooms named by what they coordinate («غرفة تنسيق»,
     * «مركز عمليات مشترك») and a clause's modal status carried to the centres after it: tune F1
     * 0.632, status 14 of 15; test F1 0.471, status 10 of 14 (more centres found, their statuses
     * partly wrong: the test's status floor falls from 0.81 to 0.71 while one more is right). With
     * counted centres placed by the list items after them («فتح أربعة مراكز ...» then «أ – ...»):
     * tune F1 0.675, status 17 of 18; the test half unchanged (it has no such list: the gain is the
     * tuning text's that showed the pattern, so it flatters the tuning figure).
     * Per kind no floor yet: some kinds score 0.
     */
    static final Corpus REAL_TUNE = new Corpus("realnews-tune", null, RealNews.TEXTS, 0.67, 0, 0.94, 0.95,
            RealNews.TUNE, true);
    static final Corpus REAL_TEST = new Corpus("realnews-test", null, RealNews.TEXTS, 0.47, 0, 0.71, 0.95,
            RealNews.TEST, false);

    @Inject
    Geoparser geoparser;

    @Inject
    EventExtractor extractor;

    @Inject
    ObjectMapper json;

    @Test
    void goldEventScores() throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        Map<Corpus, EventScores> results = new LinkedHashMap<>();
        for (Corpus corpus : List.of(SEEDS, DEV, REAL_TUNE, REAL_TEST)) {
            Map<String, EventScores> perArticle = evaluate(corpus);
            EventScores overall = EventScores.sum(perArticle.values());
            results.put(corpus, overall);
            print(corpus, overall);
            report.put(corpus.name(), section(overall, corpus.detailed() ? perArticle : Map.of()));
        }
        Files.createDirectories(REPORT.getParent());
        json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(REPORT.toFile(), report);

        results.forEach((corpus, s) -> {
            String where = corpus.name() + ": ";
            assertTrue(s.f1(null) >= corpus.minF1(), where + "F1 " + s.f1(null) + " < " + corpus.minF1() + "; see " + REPORT);
            for (EventKind kind : EventKind.values()) {
                if (s.counts(kind.json())[0] > 0) {
                    assertTrue(s.f1(kind.json()) >= corpus.minKindF1(),
                            where + kind.json() + " F1 " + s.f1(kind.json()) + " < " + corpus.minKindF1() + "; see " + REPORT);
                }
            }
            assertTrue(s.statusAccuracy() >= corpus.minStatus(),
                    where + "status accuracy " + s.statusAccuracy() + " < " + corpus.minStatus() + "; see " + REPORT);
            assertTrue(s.dateAccuracy() >= corpus.minDate(),
                    where + "date accuracy " + s.dateAccuracy() + " < " + corpus.minDate() + "; see " + REPORT);
        });
    }

    private Map<String, EventScores> evaluate(Corpus corpus) throws IOException {
        JsonNode gold = corpus.half() != null ? RealNews.gold(json, "events", corpus.half())
                : json.readTree(resource(corpus.gold()));
        Map<String, EventScores> perArticle = new LinkedHashMap<>();
        for (JsonNode article : gold.get("articles")) {
            String file = article.get("file").asText();
            String text = new String(resource(corpus.texts() + file), StandardCharsets.UTF_8);
            LocalDate published = article.path("publishedAt").isTextual() ? LocalDate.parse(article.get("publishedAt").asText()) : null;
            List<EventScores.Item> expected = new ArrayList<>();
            for (JsonNode e : article.get("events")) {
                assertEquals(e.get("quote").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt())
                        .substring(0, e.get("quote").asText().length()), file + ": gold quote and offsets disagree");
                expected.add(new EventScores.Item(e.get("kind").asText(), e.path("status").asText(null),
                        e.path("date").asText(null), e.get("timePrecision").asText(), strings(e.get("places")),
                        strings(e.get("actors")), e.get("start").asInt(), e.get("end").asInt()));
            }
            List<ResolvedMention> mentions = geoparser.parse(text);
            List<EventScores.Item> predicted = new ArrayList<>();
            for (ExtractedEvent e : extractor.extract(text, mentions, published)) {
                predicted.add(new EventScores.Item(e.kind().json(), e.status() == null ? null : e.status().json(),
                        e.date() == null ? null : e.date().toString(), e.timePrecision().name().toLowerCase(Locale.ROOT),
                        e.places().stream().map(p -> placeKey(mentions, p)).toList(), e.actors(), e.start(), e.end()));
            }
            perArticle.put(file, EventScores.of(expected, predicted));
        }
        return perArticle;
    }

    /** The gold's place key («geonames:94787») of an event place: that of the mention it came from. */
    private static String placeKey(List<ResolvedMention> mentions, EventPlace p) {
        return mentions.stream().filter(m -> m.start() == p.mentionStart() && m.end() == p.mentionEnd()).findFirst()
                .map(m -> m.place().source() + ":" + m.place().sourceId()).orElse("id:" + p.placeId());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void print(Corpus corpus, EventScores s) {
        StringBuilder out = new StringBuilder("\nEvent extraction on the " + corpus.name() + " gold\n");
        out.append(String.format(Locale.ROOT, "%-22s %5s %5s %5s %6s %6s %6s%n", "kind", "gold", "pred", "found", "P", "R", "F1"));
        for (EventKind kind : EventKind.values()) {
            out.append(row(kind.json(), s, kind.json()));
        }
        out.append(row("ALL", s, null));
        out.append(String.format(Locale.ROOT, "status accuracy %.3f (%d/%d)  date accuracy %.3f (%d/%d)  actors %.3f%n",
                s.statusAccuracy(), s.statusRight(), s.statusPairs(), s.dateAccuracy(), s.dateRight(), s.datePairs(),
                s.actorAccuracy()));
        System.out.println(out);
    }

    private static String row(String name, EventScores s, String kind) {
        int[] c = s.counts(kind);
        return String.format(Locale.ROOT, "%-22s %5d %5d %5d %6.3f %6.3f %6.3f%n", name, c[0], c[1], c[2],
                s.precision(kind), s.recall(kind), s.f1(kind));
    }

    private static Map<String, Object> section(EventScores overall, Map<String, EventScores> perArticle) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("overall", figures(overall));
        Map<String, Object> articles = new LinkedHashMap<>();
        perArticle.forEach((file, s) -> {
            Map<String, Object> entry = figures(s);
            entry.put("differences", s.differences());
            articles.put(file, entry);
        });
        section.put("articles", articles);
        return section;
    }

    private static Map<String, Object> figures(EventScores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String kind : new String[] {null, "coordination_centre", "security_gap", "operation", "attack", "deployment"}) {
            int[] c = s.counts(kind);
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("gold", c[0]);
            k.put("predicted", c[1]);
            k.put("found", c[2]);
            k.put("precision", s.precision(kind));
            k.put("recall", s.recall(kind));
            k.put("f1", s.f1(kind));
            m.put(kind == null ? "all" : kind, k);
        }
        m.put("statusAccuracy", s.statusAccuracy());
        m.put("dateAccuracy", s.dateAccuracy());
        m.put("actorAccuracy", s.actorAccuracy());
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
