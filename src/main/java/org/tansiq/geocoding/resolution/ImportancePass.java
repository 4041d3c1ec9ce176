package org.tansiq.geocoding.resolution;

import java.util.List;
import java.util.Map;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.ToponymSpan;

/** Bigger and higher-ranking places are mentioned more often: population and admin level. */
public final class ImportancePass implements ResolutionPass {

    /**
     * Points by GeoNames feature code: countries and provinces over districts over towns. A
     * country's name means the country: villages named after one (Who's On First has two
     * «سوريا» in Nineveh and Duhok) must not win on the focus country's points.
     */
    static final Map<String, Double> FEATURE_POINTS = Map.ofEntries(
            Map.entry("CONT", 4.0), Map.entry("PCLI", 4.0), Map.entry("PCLD", 3.0), Map.entry("ADM1", 1.5),
            Map.entry("RGN", 1.5), Map.entry("ADM2", 1.2), Map.entry("ADM3", 1.0), Map.entry("PPLC", 1.0),
            Map.entry("PPLA", 1.0), Map.entry("PPLA2", 0.3));
    static final double CURATED_POINTS = 0.5;

    @Override
    public String name() {
        return "importance";
    }

    @Override
    public String description() {
        return "log10(population)/2, plus points for capitals, provinces, districts and curated places";
    }

    @Override
    public boolean apply(Document doc, ToponymSpan span, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            PlaceCandidate p = c.place();
            c.add(name(), Math.log10(p.population() + 1) / 2
                    + FEATURE_POINTS.getOrDefault(p.featureCode() == null ? "" : p.featureCode(), 0.0)
                    + (p.isCurated() ? CURATED_POINTS : 0));
        }
        return !candidates.isEmpty();
    }
}
