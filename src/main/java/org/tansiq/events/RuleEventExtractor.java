package org.tansiq.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tansiq.dates.ArticleDates;
import org.tansiq.dates.Sentences;
import org.tansiq.geocoding.ResolvedMention;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.KeyedLines;
import org.tansiq.text.NormalizedText;
import org.tansiq.text.Sha256;

/**
 * The event extractor as rules over cue phrases: the phrases are data in
 * {@code src/main/resources/events/} (centre nouns, centre status, gaps, incidents, actors, the
 * words around place names), matched in {@link ArabicNormalizer}-normalised text with offsets
 * mapped back; the sentence decides everything (see {@link CentreStatements},
 * {@link GapStatements}, {@link IncidentStatements}). Each event is dated by
 * {@link ArticleDates#governing}: the date nearest to the phrase that states it, else the
 * publication date (from the text when the metadata has none).
 */
@ApplicationScoped
public class RuleEventExtractor implements EventExtractor {

    /** Bump when the rules change what a text yields; the cue and date word files are hashed in. */
    static final String CODE_VERSION = "rule-event-extractor-1";
    private static final List<String> DATA = List.of("events/actors.txt", "events/centre-status.txt",
            "events/centres.txt", "events/gaps.txt", "events/incidents.txt", "events/place-words.txt",
            "dates/months-ar.txt", "dates/weekdays-ar.txt", "dates/words-ar.txt");

    private final EventCues cues = new EventCues();
    private final String version = version(DATA);

    @Override
    public String version() {
        return version;
    }

    /** The code version and every line of the data files, as the loaders read them. */
    private static String version(List<String> resources) {
        StringBuilder all = new StringBuilder(CODE_VERSION);
        for (String name : resources) {
            all.append('\n').append(name).append('=').append(KeyedLines.read(name));
        }
        return Sha256.hex(all.toString());
    }

    @Override
    public List<ExtractedEvent> extract(String text, List<ResolvedMention> mentions, LocalDate published) {
        List<Sentence> sentences = new ArrayList<>();
        boolean approximate = mentions.stream().anyMatch(ResolvedMention::approximate);
        for (int[] span : Sentences.spans(text)) {
            sentences.add(Sentence.of(text, span[0], span[1],
                    approximate ? placesOfEvents(mentions, span[0], span[1]) : mentions));
        }
        // Normalised once: the cue lists and the dates read the same normalised text.
        NormalizedText normalized = ArabicNormalizer.normalize(text);
        ArticleReading article = new ArticleReading(text, cues, cues.find(normalized), sentences,
                ArticleDates.of(normalized, published));
        CentreStatements centres = new CentreStatements(article);
        GapStatements gaps = new GapStatements(article);
        IncidentStatements incidents = new IncidentStatements(article);
        List<ExtractedEvent> events = new ArrayList<>();
        Sentence before = null;
        for (Sentence s : sentences) {
            events.addAll(centres.read(s));
            events.addAll(gaps.read(s, before));
            events.addAll(incidents.read(s));
            before = s;
        }
        return events;
    }

    /**
     * The mentions a sentence's events may take as places: an approximate one (a name no
     * gazetteer lists, placed in its unit) only where the sentence names no place the gazetteer
     * holds; beside one, it would only add that place's unit to the event.
     */
    static List<ResolvedMention> placesOfEvents(List<ResolvedMention> mentions, int start, int end) {
        boolean listed = mentions.stream().anyMatch(m -> !m.approximate() && m.start() >= start && m.end() <= end);
        return listed ? mentions.stream().filter(m -> !m.approximate()).toList() : mentions;
    }
}
