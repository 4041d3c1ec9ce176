package org.tansiq.geocoding.resolution;

import java.util.List;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.geocoding.ToponymSpan;

/** The word before a name says what it is: «محافظة» a governorate, «جبل» a mountain. */
public final class TriggerTypePass implements ResolutionPass {

    static final double POINTS = 4.0;
    /** «محافظة» names the first-level unit, not a district of the same name. */
    static final double GOVERNORATE_LEVEL_POINTS = 1.0;

    @Override
    public String name() {
        return "trigger-type";
    }

    @Override
    public String description() {
        return "+" + POINTS + " when the trigger word's feature class matches the candidate's";
    }

    @Override
    public boolean apply(Document doc, ToponymSpan span, List<Candidate> candidates) {
        Trigger trigger = span.trigger();
        if (trigger == null) {
            return false;
        }
        boolean fired = false;
        for (Candidate c : candidates) {
            if (trigger.featureClass().equals(c.place().featureClass())) {
                c.add(name(), POINTS + (trigger == Trigger.GOVERNORATE && "ADM1".equals(c.place().featureCode())
                        ? GOVERNORATE_LEVEL_POINTS : 0));
                fired = true;
            }
        }
        return fired;
    }
}
