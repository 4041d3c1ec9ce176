package org.tansiq.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.geocoding.resolution.Candidate;
import org.tansiq.geocoding.resolution.CandidateFilter;
import org.tansiq.geocoding.resolution.ContainmentPass;
import org.tansiq.geocoding.resolution.Document;
import org.tansiq.geocoding.resolution.FocusCountryPass;
import org.tansiq.geocoding.resolution.ForeignCommonWordFilter;
import org.tansiq.geocoding.resolution.ImportancePass;
import org.tansiq.geocoding.resolution.MinorPlaceFilter;
import org.tansiq.geocoding.resolution.NamesakeUnitPass;
import org.tansiq.geocoding.resolution.ResolutionPass;
import org.tansiq.geocoding.resolution.SharedGovernoratePass;
import org.tansiq.geocoding.resolution.SpatialCoherencePass;
import org.tansiq.geocoding.resolution.TriggerTypePass;

/**
 * Resolution as a chain of small named passes (after CLIFF's HeuristicDisambiguationStrategy),
 * in three rounds over the document:
 * <ol>
 * <li>importance and trigger type alone decide the document's focus country;</li>
 * <li>with the focus country, the confidently resolved places become anchors;</li>
 * <li>every pass, including co-location with the anchors, decides each name.</li>
 * </ol>
 * Filters (precision guards) drop candidates before scoring; a name left with none is not a
 * mention. Each pass counts how often it fired.
 */
@ApplicationScoped
public class ToponymResolver {

    static final int MAX_ALTERNATIVES = 3;
    /** Highest score first; the lower place id breaks ties, so results do not depend on load order. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingLong(c -> c.place().id());
    /** A misspelt name is a guess, however good the place's score. */
    static final double FUZZY_CONFIDENCE_FACTOR = 0.8;
    /** A first-round choice this sure becomes an anchor for co-location. */
    static final double ANCHOR_CONFIDENCE = 0.75;

    // Passes hold no state: each round uses a longer prefix of the same chain.
    private final List<ResolutionPass> all = List.of(new ImportancePass(), new TriggerTypePass(),
            new NamesakeUnitPass(), new FocusCountryPass(), new SharedGovernoratePass(), new SpatialCoherencePass(),
            new ContainmentPass());
    private final List<ResolutionPass> contextFree = all.subList(0, 3);
    private final List<ResolutionPass> withFocus = all.subList(0, 4);
    private final CandidateFilter foreign = new ForeignCommonWordFilter();
    private final CandidateFilter minor = new MinorPlaceFilter();
    private final Map<String, AtomicLong> fired = new LinkedHashMap<>();

    public ToponymResolver() {
        all.forEach(p -> fired.put(p.name(), new AtomicLong()));
        fired.put(foreign.name(), new AtomicLong());
        fired.put(minor.name(), new AtomicLong());
    }

    public List<ResolvedMention> resolve(List<ToponymSpan> spans) {
        Document doc = Document.start(spans);
        doc = new Document(spans, focusCountry(doc), List.of());
        doc = new Document(spans, doc.focusCountry(), anchors(doc));

        List<ResolvedMention> out = new ArrayList<>();
        Map<RankKey, Ranking> rankings = new HashMap<>();
        for (ToponymSpan span : spans) {
            Document d = doc;
            Ranking ranking = rankings.computeIfAbsent(RankKey.of(span), k -> rank(d, span, all, true));
            count(ranking);
            List<Candidate> ranked = ranking.ranked();
            if (ranked.isEmpty()) {
                continue;
            }
            double confidence = ranking.confidence() * (span.fuzzy() ? FUZZY_CONFIDENCE_FACTOR : 1);
            List<PlaceCandidate> alternatives = new ArrayList<>(Math.min(MAX_ALTERNATIVES, ranked.size() - 1));
            for (int k = 1; k < ranked.size() && k <= MAX_ALTERNATIVES; k++) {
                alternatives.add(ranked.get(k).place());
            }
            out.add(new ResolvedMention(span.start(), span.end(), span.surface(), ranked.get(0).place(),
                    Math.round(confidence * 1000) / 1000.0, alternatives));
        }
        return out;
    }

    /** How often each pass and filter has fired since start, for the debug view. */
    public Map<String, Long> statistics() {
        Map<String, Long> stats = new LinkedHashMap<>();
        fired.forEach((k, v) -> stats.put(k, v.get()));
        return stats;
    }

    /**
     * What a ranking depends on besides the document (see {@link ResolutionPass}); the
     * candidates too, since the matcher may narrow a name's places (a stop key after a trigger).
     */
    private record RankKey(String key, Trigger trigger, List<PlaceCandidate> candidates) {
        static RankKey of(ToponymSpan span) {
            return new RankKey(span.key(), span.trigger(), span.candidates());
        }

        // The candidate list by identity: the name table hands every span of a name the same
        // list, and hashing its places' every field (names, codes) for each span cost more than
        // the ranking it saves. A list the matcher narrowed is a new one: ranked apart, still right.
        @Override
        public boolean equals(Object o) {
            return o instanceof RankKey k && key.equals(k.key) && trigger == k.trigger && candidates == k.candidates;
        }

        @Override
        public int hashCode() {
            return (key.hashCode() * 31 + java.util.Objects.hashCode(trigger)) * 31
                    + System.identityHashCode(candidates);
        }
    }

    /**
     * Candidates best first, the confidence in the first, and what fired to get there: a bit
     * per pass of the chain, and how many places each filter dropped.
     */
    private record Ranking(List<Candidate> ranked, double confidence, int passesFired, int droppedAsForeign,
            int droppedAsMinor) {
    }

    /**
     * Filters, then scores with {@code passes}. The final round also applies the minor-place
     * filter, which needs the anchors.
     */
    private Ranking rank(Document doc, ToponymSpan span, List<ResolutionPass> passes, boolean finalRound) {
        List<Candidate> candidates = new ArrayList<>(span.candidates().size());
        int foreignDropped = 0;
        int minorDropped = 0;
        for (PlaceCandidate p : span.candidates()) {
            if (!foreign.keep(doc, span, p)) {
                foreignDropped++;
            } else if (finalRound && !minor.keep(doc, span, p)) {
                minorDropped++;
            } else {
                candidates.add(new Candidate(p));
            }
        }
        int passesFired = 0;
        // Passes weigh a choice; a name left with one place has none to make (its confidence is
        // the same whatever the points), so they run, and count as fired, only where there is one.
        for (int k = 0; k < passes.size() && candidates.size() > 1; k++) {
            if (passes.get(k).apply(doc, span, candidates)) {
                passesFired |= 1 << k;
            }
        }
        candidates.sort(BEST_FIRST);
        return new Ranking(candidates, candidates.isEmpty() ? 0 : confidence(doc, candidates), passesFired,
                foreignDropped, minorDropped);
    }

    /** Counts, per mention, what fired in the final round. */
    private void count(Ranking ranking) {
        for (int k = 0; k < all.size(); k++) {
            if ((ranking.passesFired() & 1 << k) != 0) {
                fired.get(all.get(k).name()).incrementAndGet();
            }
        }
        if (ranking.droppedAsForeign() > 0) {
            fired.get(foreign.name()).addAndGet(ranking.droppedAsForeign());
        }
        if (ranking.droppedAsMinor() > 0) {
            fired.get(minor.name()).addAndGet(ranking.droppedAsMinor());
        }
    }

    /** The country most first-round choices lie in; the default focus when none stands out. */
    private String focusCountry(Document doc) {
        Map<String, Double> votes = new HashMap<>();
        Map<RankKey, Ranking> rankings = new HashMap<>();
        for (ToponymSpan span : doc.spans()) {
            Ranking r = rankings.computeIfAbsent(RankKey.of(span), k -> rank(doc, span, contextFree, false));
            if (!r.ranked().isEmpty() && r.ranked().get(0).place().countryCode() != null) {
                votes.merge(r.ranked().get(0).place().countryCode(), r.confidence(), Double::sum);
            }
        }
        double defaultVotes = votes.getOrDefault(Document.DEFAULT_FOCUS_COUNTRY, 0.0);
        return votes.entrySet().stream().filter(e -> e.getValue() > defaultVotes)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Document.DEFAULT_FOCUS_COUNTRY);
    }

    private List<Document.Anchor> anchors(Document doc) {
        List<Document.Anchor> anchors = new ArrayList<>();
        Map<RankKey, Ranking> rankings = new HashMap<>();
        for (ToponymSpan span : doc.spans()) {
            Ranking r = rankings.computeIfAbsent(RankKey.of(span), k -> rank(doc, span, withFocus, false));
            if (!r.ranked().isEmpty() && r.confidence() >= ANCHOR_CONFIDENCE
                    && !MinorPlaceFilter.isMinor(r.ranked().get(0).place())) {
                anchors.add(new Document.Anchor(span, r.ranked().get(0).place()));
            }
        }
        return anchors;
    }

    /** Share of the best candidate in a softmax over the scores, lowered outside the focus country. */
    static double confidence(Document doc, List<Candidate> ranked) {
        double best = ranked.get(0).score();
        double sum = 0;
        for (Candidate c : ranked) {
            sum += Math.exp(c.score() - best);
        }
        PlaceCandidate p = ranked.get(0).place();
        double factor = doc.focusCountry().equals(p.countryCode()) || p.isCurated() ? 1.0 : 0.7;
        return factor / sum;
    }
}
