package org.tansiq.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tansiq.dates.ArticleDates;
import org.tansiq.dates.GoverningDate;
import org.tansiq.dates.TimePrecision;
import org.tansiq.geocoding.ResolvedMention;

/** One article as the statement finders read it: text, cue hits, sentences, dates. */
final class ArticleReading {

    final String text;
    final EventCues.Hits hits;
    final List<Sentence> sentences;
    final EventCues cues;
    private final DatePicker dates;
    private final List<String> actorOrder;

    ArticleReading(String text, EventCues cues, EventCues.Hits hits, List<Sentence> sentences, ArticleDates dates) {
        this.text = text;
        this.cues = cues;
        this.hits = hits;
        this.sentences = sentences;
        this.dates = new DatePicker(dates, text);
        this.actorOrder = List.copyOf(cues.actors.keys());
    }

    /** Parties named in [from, to), in the canonical order of actors.txt. */
    List<String> actors(int from, int to) {
        Set<String> named = new LinkedHashSet<>();
        EventCues.Hits.in(hits.actors(), from, to).forEach(h -> named.add(h.key()));
        List<String> ordered = new ArrayList<>();
        actorOrder.stream().filter(named::contains).forEach(ordered::add);
        return ordered;
    }

    /** An event of the sentence, dated by the date nearest to {@code anchor}. */
    ExtractedEvent event(EventKind kind, CentreStatus status, Sentence s, int anchor, List<ResolvedMention> places,
            List<String> actors) {
        List<CueHit> statements = new ArrayList<>();
        statements.addAll(EventCues.Hits.in(hits.statuses(), s.start(), s.end()));
        statements.addAll(EventCues.Hits.in(hits.incidents(), s.start(), s.end()));
        statements.addAll(EventCues.Hits.in(hits.gaps(), s.start(), s.end()));
        Optional<GoverningDate> date = dates.date(s, anchor, statements);
        List<EventPlace> eventPlaces = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (ResolvedMention m : places) {
            if (seen.add(m.place().id())) {
                String name = m.place().nameAr() != null ? m.place().nameAr() : m.place().name();
                eventPlaces.add(new EventPlace(m.place().id(), name, m.place().nameEn(), m.place().lat(),
                        m.place().lon(), m.start(), m.end()));
            }
        }
        return new ExtractedEvent(kind, status, date.map(GoverningDate::date).orElse(null),
                date.map(GoverningDate::precision).orElse(TimePrecision.UNKNOWN), List.copyOf(eventPlaces),
                List.copyOf(actors), s.quote(), s.start(), s.end());
    }
}
