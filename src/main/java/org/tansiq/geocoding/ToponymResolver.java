package org.tansiq.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tansiq.gazetteer.PlaceCandidate;

/**
 * Resolution: picks, for each recognised name, the place it most likely means. A first,
 * deliberately simple scorer (the serious chain of disambiguation passes replaces it):
 * the document's focus country, co-location with the text's unambiguous places, the
 * trigger word's type, and the place's importance.
 */
@ApplicationScoped
public class ToponymResolver {

    /** Tansiq reads news about Iraq: places there are the default reading of a name. */
    static final String FOCUS_COUNTRY = "IQ";
    static final double FOCUS_COUNTRY_WEIGHT = 3.0;
    static final double TRIGGER_MATCH_WEIGHT = 4.0;
    static final double SAME_ADMIN1_WEIGHT = 0.75;
    static final double CURATED_WEIGHT = 0.5;
    static final double ADMIN_AREA_WEIGHT = 1.5;
    /**
     * Outside the focus country, a one-word name is more often a common word («كان», «دولة») than
     * a town; only capitals, countries, first-level divisions and big cities are taken on it alone.
     */
    static final long FOREIGN_MIN_POPULATION = 1_000_000;
    static final java.util.Set<String> FOREIGN_NOTABLE_CODES = java.util.Set.of("PPLC", "PCLI", "ADM1");
    static final int MAX_ALTERNATIVES = 3;

    public List<ResolvedMention> resolve(List<ToponymSpan> spans) {
        Map<String, Integer> admin1Votes = admin1Votes(spans);
        List<ResolvedMention> out = new ArrayList<>();
        for (ToponymSpan span : spans) {
            List<Scored> scored = new ArrayList<>();
            for (PlaceCandidate c : span.candidates()) {
                if (plausible(span, c)) {
                    scored.add(new Scored(c, score(span, c, admin1Votes)));
                }
            }
            if (scored.isEmpty()) {
                continue;
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed());
            Scored best = scored.get(0);
            List<PlaceCandidate> alternatives = scored.stream().skip(1).limit(MAX_ALTERNATIVES)
                    .map(Scored::place).toList();
            out.add(new ResolvedMention(span.start(), span.end(), span.surface(), best.place(),
                    confidence(scored), alternatives));
        }
        return out;
    }

    private static boolean plausible(ToponymSpan span, PlaceCandidate c) {
        if (FOCUS_COUNTRY.equals(c.countryCode()) || c.isCurated()) {
            return true;
        }
        boolean typed = span.trigger() != null && span.trigger().featureClass().equals(c.featureClass());
        return typed || span.key().contains(" ") || c.population() >= FOREIGN_MIN_POPULATION
                || FOREIGN_NOTABLE_CODES.contains(c.featureCode());
    }

    private static double score(ToponymSpan span, PlaceCandidate c, Map<String, Integer> admin1Votes) {
        double s = Math.log10(c.population() + 1) / 2;
        if (FOCUS_COUNTRY.equals(c.countryCode())) {
            s += FOCUS_COUNTRY_WEIGHT;
        }
        if (c.isCurated()) {
            s += CURATED_WEIGHT;
        }
        if (c.isAdministrativeArea()) {
            s += ADMIN_AREA_WEIGHT;
        }
        if ("PPLA".equals(c.featureCode()) || "PPLC".equals(c.featureCode())) {
            s += 1;
        }
        if (span.trigger() != null && span.trigger().featureClass().equals(c.featureClass())) {
            s += TRIGGER_MATCH_WEIGHT;
        }
        if (c.admin1Code() != null && FOCUS_COUNTRY.equals(c.countryCode())) {
            s += SAME_ADMIN1_WEIGHT * Math.min(2, admin1Votes.getOrDefault(c.admin1Code(), 0));
        }
        return s;
    }

    /** Governorates of the names that have a single candidate in the focus country. */
    private static Map<String, Integer> admin1Votes(List<ToponymSpan> spans) {
        Map<String, Integer> votes = new HashMap<>();
        for (ToponymSpan span : spans) {
            List<PlaceCandidate> local = span.candidates().stream()
                    .filter(c -> FOCUS_COUNTRY.equals(c.countryCode()) && c.admin1Code() != null).toList();
            if (local.size() == 1) {
                votes.merge(local.get(0).admin1Code(), 1, Integer::sum);
            }
        }
        return votes;
    }

    /** Share of the best candidate in a softmax over the scores, lowered outside the focus country. */
    private static double confidence(List<Scored> scored) {
        double best = scored.get(0).score();
        double sum = 0;
        for (Scored s : scored) {
            sum += Math.exp(s.score() - best);
        }
        double share = 1 / sum;
        PlaceCandidate p = scored.get(0).place();
        double factor = FOCUS_COUNTRY.equals(p.countryCode()) || p.isCurated() ? 1.0 : 0.7;
        return Math.round(share * factor * 1000) / 1000.0;
    }

    private record Scored(PlaceCandidate place, double score) {
    }
}
