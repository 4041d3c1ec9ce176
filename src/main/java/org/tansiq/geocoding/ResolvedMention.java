package org.tansiq.geocoding;

import java.util.List;
import org.tansiq.gazetteer.PlaceCandidate;

/**
 * A place name in a text and the place it was resolved to.
 *
 * @param start original-text offset (inclusive, UTF-16)
 * @param end original-text offset (exclusive)
 * @param confidence 0..1, how sure the resolver is of {@code place}
 * @param alternatives the runner-up candidates, best first
 */
public record ResolvedMention(int start, int end, String surface, PlaceCandidate place, double confidence,
        List<PlaceCandidate> alternatives) {
}
