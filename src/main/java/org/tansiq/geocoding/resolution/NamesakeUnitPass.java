package org.tansiq.geocoding.resolution;

import java.util.List;
import java.util.Set;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.geocoding.ToponymSpan;

/**
 * Most districts and sub-districts bear the name of their seat town («مخمور» is Makhmour town and
 * Makhmour district), some that of a mountain («حمرين») or a governorate («صلاح الدين»). Arabic
 * news writes the bare name for the town, the mountain or the governorate, and the unit with its
 * word: «قضاء مخمور», «ناحية آمرلي». So without a district trigger a unit gives way to any
 * namesake in the same governorate (or to a governorate), and after «قضاء»/«ناحية» the unit wins
 * over the town and over a governorate of the same name («قضاء كركوك»).
 */
public final class NamesakeUnitPass implements ResolutionPass {

    static final Set<String> UNIT_CODES = Set.of("ADM2", "ADM3");
    /** Without the trigger: enough to put a unit behind its namesake whatever their importance. */
    static final double BARE_NAME_PENALTY = -3.0;
    /** With the trigger: the unit over a governorate of the same name (ADM1 importance is 0.3 higher). */
    static final double TRIGGER_POINTS = 1.0;

    @Override
    public String name() {
        return "namesake-unit";
    }

    @Override
    public String description() {
        return BARE_NAME_PENALTY + " for a district or sub-district named like a town, mountain or governorate when no "
                + "«قضاء»/«ناحية» precedes it; +" + TRIGGER_POINTS + " for it when one does";
    }

    @Override
    public boolean apply(Document doc, ToponymSpan span, List<Candidate> candidates) {
        // Which of the two levels the word names is TriggerTypePass's call.
        boolean triggered = span.trigger() != null && span.trigger().isUnit();
        boolean fired = false;
        for (Candidate c : candidates) {
            PlaceCandidate unit = c.place();
            if (!isUnit(unit)) {
                continue;
            }
            if (triggered) {
                c.add(name(), TRIGGER_POINTS);
                fired = true;
            } else if (candidates.stream().anyMatch(o -> isNamesake(o.place(), unit))) {
                c.add(name(), BARE_NAME_PENALTY);
                fired = true;
            }
        }
        return fired;
    }

    static boolean isUnit(PlaceCandidate p) {
        return p.isAdministrativeArea() && UNIT_CODES.contains(p.featureCode());
    }

    /** A place that the bare name means rather than {@code unit}: a governorate, or a non-unit in its governorate. */
    static boolean isNamesake(PlaceCandidate other, PlaceCandidate unit) {
        if (other == unit || isUnit(other)) {
            return false;
        }
        if ("ADM1".equals(other.featureCode())) {
            return true;
        }
        return !other.isAdministrativeArea() && unit.adm1Pcode() != null && unit.adm1Pcode().equals(other.adm1Pcode());
    }
}
