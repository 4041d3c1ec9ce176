package org.tansiq.geocoding.resolution;

import java.util.List;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.geocoding.ToponymSpan;

/**
 * The word before a name says what it is: «محافظة» a governorate, «جبل» a mountain; and for
 * the administrative words, which level: «قضاء» a district (ADM2), «ناحية» a sub-district (ADM3).
 */
public final class TriggerTypePass implements ResolutionPass {

    static final double POINTS = 4.0;
    /**
     * «محافظة» names the first-level unit, not a district of the same name; «قضاء» the district,
     * not the sub-district that shares its name (and its seat's), «ناحية» the sub-district.
     */
    static final double LEVEL_POINTS = 1.0;

    @Override
    public String name() {
        return "trigger-type";
    }

    @Override
    public String description() {
        return "+" + POINTS + " when the trigger word's feature class matches the candidate's, +" + LEVEL_POINTS
                + " more when its administrative level does";
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
                boolean level = trigger.adminLevel() != null && trigger.adminLevel().equals(c.place().featureCode());
                c.add(name(), POINTS + (level ? LEVEL_POINTS : 0));
                fired = true;
            }
        }
        return fired;
    }
}
