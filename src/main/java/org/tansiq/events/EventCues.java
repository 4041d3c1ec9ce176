package org.tansiq.events;

import java.util.List;
import java.util.stream.Stream;
import org.tansiq.text.NormalizedText;

/** Every cue list the extractor reads, loaded once from {@code src/main/resources/events/}. */
final class EventCues {

    static final String CENTRE = "centre";
    static final String GAP = "gap";
    static final String EXPLOITS = "exploits";
    static final String AREA_ANAPHOR = "anaphor";
    static final String CONTEXT = "context";
    /** A contrast after one side's consent («الا ان»): the consent is an offer, not an agreement. */
    static final String CONTRAST = "contrast";

    final CueList centres = CueList.load("events/centres.txt");
    final CueList statuses = CueList.load("events/centre-status.txt");
    final CueList gaps = CueList.load("events/gaps.txt");
    final CueList incidents = CueList.load("events/incidents.txt");
    final CueList actors = CueList.load("events/actors.txt");
    final PlaceGrammar grammar = new PlaceGrammar(CueWords.load("events/place-words.txt"));

    /** The hits of one article, each list in text order. */
    record Hits(List<CueHit> centres, List<CueHit> statuses, List<CueHit> gaps, List<CueHit> incidents,
            List<CueHit> actors) {

        static List<CueHit> in(List<CueHit> hits, int from, int to) {
            return hits.stream().filter(h -> h.within(from, to)).toList();
        }

        static List<CueHit> keyed(List<CueHit> hits, String key) {
            return hits.stream().filter(h -> h.key().equals(key)).toList();
        }

        /** The statement nouns that govern the place names after them: centres, gaps, incidents. */
        List<CueHit> nouns(int from, int to, boolean anaphorsCount) {
            return Stream.of(in(centres, from, to).stream()
                            .filter(h -> anaphorsCount || h.key().equals(CENTRE)),
                    in(keyed(gaps, GAP), from, to).stream(), in(incidents, from, to).stream())
                    .flatMap(s -> s)
                    .sorted(java.util.Comparator.comparingInt(CueHit::start))
                    .toList();
        }
    }

    Hits find(NormalizedText text) {
        CueList.WordStarts starts = CueList.WordStarts.of(text.text());
        return new Hits(centres.find(text, starts), statuses.find(text, starts), gaps.find(text, starts),
                incidents.find(text, starts), actors.find(text, starts));
    }
}
