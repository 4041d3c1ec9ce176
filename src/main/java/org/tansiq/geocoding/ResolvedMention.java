package org.tansiq.geocoding;

import java.util.List;
import org.tansiq.gazetteer.PlaceCandidate;

/**
 * A place name in a text and the place it was resolved to.
 *
 * @param start original-text offset (inclusive, UTF-16)
 * @param end original-text offset (exclusive)
 * @param place the place; for an {@code approximate} mention, the unit it lies in
 * @param confidence 0..1, how sure the resolver is of {@code place}
 * @param alternatives the runner-up candidates, best first
 * @param approximate true for a name no gazetteer lists («قرية خانصور»), placed in the smallest
 *     unit the text supports ({@link ApproximatePlaces}): {@code place} is that unit
 */
public record ResolvedMention(int start, int end, String surface, PlaceCandidate place, double confidence,
        List<PlaceCandidate> alternatives, boolean approximate) {

    /** A mention of a place the gazetteer holds. */
    public ResolvedMention(int start, int end, String surface, PlaceCandidate place, double confidence,
            List<PlaceCandidate> alternatives) {
        this(start, end, surface, place, confidence, alternatives, false);
    }

    /** ACLED geo-precision: an approximate mention is at best near its unit (2). */
    public GeoPrecision precision() {
        GeoPrecision p = GeoPrecision.of(place);
        return approximate && p == GeoPrecision.EXACT ? GeoPrecision.NEAR : p;
    }
}
