package org.tansiq.geocoding.resolution;

import java.util.List;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.ToponymSpan;

/** Places a text names together tend to share a governorate. */
public final class SharedGovernoratePass implements ResolutionPass {

    static final double POINTS_PER_ANCHOR = 0.75;
    static final int MAX_ANCHORS = 2;

    @Override
    public String name() {
        return "shared-governorate";
    }

    @Override
    public String description() {
        return "+" + POINTS_PER_ANCHOR + " per other anchor in the same governorate (at most " + MAX_ANCHORS + ")";
    }

    @Override
    public boolean apply(Document doc, ToponymSpan span, List<Candidate> candidates) {
        List<PlaceCandidate> anchors = doc.anchorsExcept(span);
        boolean fired = false;
        for (Candidate c : candidates) {
            long shared = 0;
            for (PlaceCandidate a : anchors) {
                shared += Document.sameGovernorate(c.place(), a) ? 1 : 0;
            }
            if (shared > 0) {
                c.add(name(), POINTS_PER_ANCHOR * Math.min(MAX_ANCHORS, shared));
                fired = true;
            }
        }
        return fired;
    }
}
