package org.tansiq.evaluation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often the places of names no gazetteer lists come out right (issue 10): the gold marks
 * such a name {@code "place": null} with {@code "approx"}, the unit the text supports; the
 * geoparser gives an approximate mention placed in a unit.
 *
 * @param gold unlisted names in the gold
 * @param predicted approximate mentions the geoparser gave
 * @param sameSpan approximate mentions on a gold unlisted name's span
 * @param sameUnit of those, placed in the gold's unit
 * @param within161 of those, within 161 km of the annotator's point
 */
public record ApproximateScores(int gold, int predicted, int sameSpan, int sameUnit, int within161) {

    static final ApproximateScores NONE = new ApproximateScores(0, 0, 0, 0, 0);

    ApproximateScores plus(ApproximateScores o) {
        return new ApproximateScores(gold + o.gold, predicted + o.predicted, sameSpan + o.sameSpan,
                sameUnit + o.sameUnit, within161 + o.within161);
    }

    static ApproximateScores sum(Collection<ApproximateScores> parts) {
        return parts.stream().reduce(NONE, ApproximateScores::plus);
    }

    String line() {
        return String.format(java.util.Locale.ROOT, "approximate places: %d unlisted names in the gold, %d approximate"
                + " mentions given, %d on a gold span, %d of them in the gold's unit, %d within 161 km", gold,
                predicted, sameSpan, sameUnit, within161);
    }

    Map<String, Object> report() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goldUnlisted", gold);
        m.put("predictedApproximate", predicted);
        m.put("sameSpan", sameSpan);
        m.put("sameUnit", sameUnit);
        m.put("within161km", within161);
        return m;
    }
}
