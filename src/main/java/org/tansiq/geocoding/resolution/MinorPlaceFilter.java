package org.tansiq.geocoding.resolution;

import java.util.Set;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.geocoding.GreatCircle;
import org.tansiq.geocoding.ToponymSpan;

/**
 * Villages and hamlets share their names with ordinary words far more often than towns do, so a
 * minor place is taken only with evidence: a settlement or district trigger («قرية», «ناحية»),
 * or an anchor of the same text within {@link #NEAR_KM}.
 */
public final class MinorPlaceFilter implements CandidateFilter {

    static final long MINOR_POPULATION = 1_000;
    static final double NEAR_KM = 60;
    static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLA2", "PPLA3");

    @Override
    public String name() {
        return "minor-place-evidence";
    }

    @Override
    public boolean keep(Document doc, ToponymSpan span, PlaceCandidate p) {
        if (!isMinor(p)) {
            return true;
        }
        Trigger t = span.trigger();
        if (t == Trigger.SETTLEMENT || (t != null && t.isUnit())) {
            return true;
        }
        return doc.distinctAnchorsExcept(span).stream()
                .anyMatch(a -> GreatCircle.km(a.lat(), a.lon(), p.lat(), p.lon()) <= NEAR_KM);
    }

    public static boolean isMinor(PlaceCandidate p) {
        return "P".equals(p.featureClass()) && p.population() < MINOR_POPULATION && !p.isCurated()
                && !SEATS.contains(p.featureCode());
    }
}
