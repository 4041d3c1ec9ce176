package org.tansiq.geocoding.resolution;

import java.util.Set;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.ToponymSpan;

/**
 * Outside the focus country, a one-word name is more often a common word («كان» Caen, «دولة»
 * Dhule) than a town: only capitals, countries, first-level divisions and big cities are taken
 * on their name alone; others need a multi-word name or a matching trigger word.
 */
public final class ForeignCommonWordFilter implements CandidateFilter {

    static final long MIN_POPULATION = 1_000_000;
    /** Capitals, countries and territories, first-level divisions, continents and world regions. */
    static final Set<String> NOTABLE_CODES = Set.of("PPLC", "PCLI", "PCLD", "ADM1", "CONT", "RGN");

    @Override
    public String name() {
        return "foreign-common-word";
    }

    @Override
    public boolean keep(Document doc, ToponymSpan span, PlaceCandidate p) {
        if (doc.focusCountry().equals(p.countryCode()) || p.isCurated()) {
            return true;
        }
        boolean typed = span.trigger() != null && span.trigger().featureClass().equals(p.featureClass());
        return typed || span.key().contains(" ") || p.population() >= MIN_POPULATION
                || NOTABLE_CODES.contains(p.featureCode());
    }
}
