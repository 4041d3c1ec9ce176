package org.tansiq.geocoding.resolution;

import java.util.List;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.ToponymSpan;

/**
 * A text that names a governorate makes its places likelier there: «ناحية بردي» in an article
 * about Kirkuk governorate is the Bardi of Kirkuk.
 */
public final class ContainmentPass implements ResolutionPass {

    static final double POINTS = 1.0;

    @Override
    public String name() {
        return "containment";
    }

    @Override
    public String description() {
        return "+" + POINTS + " for candidates inside a governorate the text names";
    }

    @Override
    public boolean apply(Document doc, ToponymSpan span, List<Candidate> candidates) {
        List<PlaceCandidate> anchors = doc.anchorsExcept(span);
        boolean fired = false;
        for (Candidate c : candidates) {
            PlaceCandidate p = c.place();
            if ("ADM1".equals(p.featureCode())) {
                continue;
            }
            for (PlaceCandidate a : anchors) {
                if ("ADM1".equals(a.featureCode()) && Document.sameGovernorate(a, p)) {
                    c.add(name(), POINTS);
                    fired = true;
                    break;
                }
            }
        }
        return fired;
    }
}
