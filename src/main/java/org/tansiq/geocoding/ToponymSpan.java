package org.tansiq.geocoding;

import java.util.List;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.Trigger;

/**
 * A stretch of text that names a place, with every gazetteer place of that name.
 *
 * @param start original-text offset (inclusive)
 * @param end original-text offset (exclusive)
 * @param trigger the type word just before the name («محافظة», «جبل»...), or null
 */
public record ToponymSpan(int start, int end, String surface, String key, Trigger trigger,
        List<PlaceCandidate> candidates) {
}
