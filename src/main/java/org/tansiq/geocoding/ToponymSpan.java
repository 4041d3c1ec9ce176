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
 * @param fuzzy true when the text's spelling is one edit away from the name {@code key}
 */
public record ToponymSpan(int start, int end, String surface, String key, Trigger trigger,
        List<PlaceCandidate> candidates, boolean fuzzy) {

    /** An exactly spelt name. */
    public ToponymSpan(int start, int end, String surface, String key, Trigger trigger,
            List<PlaceCandidate> candidates) {
        this(start, end, surface, key, trigger, candidates, false);
    }
}
