package org.tansiq.geocoding.resolution;

import java.util.List;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.GreatCircle;
import org.tansiq.geocoding.ToponymSpan;

/** Places named together lie near each other: the nearer to the text's anchors, the likelier. */
public final class SpatialCoherencePass implements ResolutionPass {

    static final double POINTS = 1.5;
    /** Distance at which the evidence has fallen to 1/e. */
    static final double SCALE_KM = 150;

    @Override
    public String name() {
        return "spatial-coherence";
    }

    @Override
    public String description() {
        return "up to +" + POINTS + " by closeness to the nearest other anchor (e-folding " + SCALE_KM + " km)";
    }

    @Override
    public boolean apply(Document doc, ToponymSpan span, List<Candidate> candidates) {
        List<PlaceCandidate> anchors = doc.distinctAnchorsExcept(span);
        if (anchors.isEmpty() || candidates.size() < 2) {
            return false;
        }
        for (Candidate c : candidates) {
            double nearest = Double.MAX_VALUE;
            for (PlaceCandidate a : anchors) {
                nearest = Math.min(nearest, GreatCircle.km(a.lat(), a.lon(), c.place().lat(), c.place().lon()));
            }
            c.add(name(), POINTS * Math.exp(-nearest / SCALE_KM));
        }
        return true;
    }
}
