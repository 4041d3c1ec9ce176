package org.tansiq.geocoding.resolution;

import java.util.List;
import org.tansiq.geocoding.ToponymSpan;

/** Places in the country the text is about win over namesakes abroad. */
public final class FocusCountryPass implements ResolutionPass {

    static final double POINTS = 3.0;

    @Override
    public String name() {
        return "focus-country";
    }

    @Override
    public String description() {
        return "+" + POINTS + " for candidates in the document's focus country";
    }

    @Override
    public boolean apply(Document doc, ToponymSpan span, List<Candidate> candidates) {
        boolean fired = false;
        for (Candidate c : candidates) {
            if (doc.focusCountry().equals(c.place().countryCode())) {
                c.add(name(), POINTS);
                fired = true;
            }
        }
        return fired;
    }
}
