package org.tansiq.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.geocoding.ResolvedMention;
import org.tansiq.text.Sha256;

/**
 * A golden check on everything the extractor yields: every event (kind, status, date, precision,
 * places with their mention offsets, actors, quote, offsets) for every text of
 * {@link ExtractorCorpus} (the seeds, the development texts, and several hundred recombined
 * variants), fed by the real geoparser, against {@value #SNAPSHOT} as the extractor wrote it.
 * Work on the extractor's speed must leave this file unchanged.
 *
 * <p>Each text's line also pins a fingerprint of the geoparser's mentions: when those differ, the
 * geoparser (or the gazetteer) changed, not the extractor. Regenerate the snapshot only then, or
 * when the extractor's output is meant to change (say why in the commit):
 * {@code mvn -o test -Dtest=ExtractorOutputPinTest -Dwrite.extractor.pin=true}.
 */
@QuarkusTest
class ExtractorOutputPinTest {

    static final String SNAPSHOT = "src/test/resources/events/extractor-output-pin.txt";
    /** Not under tansiq.*: Quarkus checks every key there against TansiqConfig. */
    static final String WRITE = "write.extractor.pin";
    static final int VARIANTS = 400;

    @Inject
    Geoparser geoparser;

    @Inject
    EventExtractor extractor;

    @Test
    void outputIsPinned() throws IOException {
        List<String> lines = new ArrayList<>();
        for (ExtractorCorpus.Case c : ExtractorCorpus.all(VARIANTS)) {
            List<ResolvedMention> mentions = geoparser.parse(c.text());
            lines.add("# " + c.name() + " published=" + c.published() + " text=" + hash(c.text()) + " mentions="
                    + mentionsFingerprint(mentions));
            for (ExtractedEvent e : extractor.extract(c.text(), mentions, c.published())) {
                lines.add(line(e, mentions));
            }
        }
        Path snapshot = Path.of(SNAPSHOT);
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(snapshot.getParent());
            Files.write(snapshot, lines, StandardCharsets.UTF_8);
            return;
        }
        List<String> expected = Files.readAllLines(snapshot, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
            if (!expected.get(i).equals(lines.get(i))) {
                fail("extractor output differs from " + SNAPSHOT + " at line " + (i + 1) + " (under "
                        + caseOf(expected, i) + ")\nexpected: " + expected.get(i) + "\nactual:   " + lines.get(i)
                        + "\nA differing «mentions=» means the geoparser changed, not the extractor; regenerate with -D"
                        + WRITE + "=true only then, or when the output is meant to change");
            }
        }
        assertEquals(expected.size(), lines.size(), "number of lines in " + SNAPSHOT);
    }

    /** One event, every field; places by their gazetteer key, which does not depend on database ids. */
    private static String line(ExtractedEvent e, List<ResolvedMention> mentions) {
        StringBuilder places = new StringBuilder();
        for (EventPlace p : e.places()) {
            ResolvedMention m = mentions.stream().filter(x -> x.start() == p.mentionStart() && x.end() == p.mentionEnd())
                    .findFirst().orElseThrow();
            places.append(String.format(Locale.ROOT, "[%s:%s %s/%s %.5f,%.5f @%d-%d]", m.place().source(),
                    m.place().sourceId(), p.name(), p.nameEn(), p.lat(), p.lon(), p.mentionStart(), p.mentionEnd()));
        }
        return String.join(" | ", e.kind().json(), String.valueOf(e.status()), String.valueOf(e.date()),
                e.timePrecision().name(), e.start() + "-" + e.end(), String.join(",", e.actors()),
                "quote=" + hash(e.quote()), "isis=" + e.exploitedByIsis(), places.toString());
    }

    private static String mentionsFingerprint(List<ResolvedMention> mentions) {
        StringBuilder all = new StringBuilder();
        for (ResolvedMention m : mentions) {
            all.append(m.start()).append('-').append(m.end()).append(' ').append(m.place().source()).append(':')
                    .append(m.place().sourceId()).append(' ').append(m.place().featureCode()).append('\n');
        }
        return mentions.size() + ":" + hash(all.toString());
    }

    private static String hash(String s) {
        return Sha256.hex(s).substring(0, 12);
    }

    private static String caseOf(List<String> lines, int i) {
        for (int k = i; k >= 0; k--) {
            if (lines.get(k).startsWith("# ")) {
                return lines.get(k);
            }
        }
        return "?";
    }
}
