package org.tansiq.events;

import java.time.LocalDate;
import java.util.List;
import org.tansiq.geocoding.ResolvedMention;

/**
 * Finds what happens where in one article: from its text, the place mentions the geoparser
 * resolved in it, and its publication date (null when the metadata has none: the extractor
 * then reads it from the text). Stores nothing: ingestion and {@code POST /api/geoparse?events=true}
 * both call it.
 */
public interface EventExtractor {

    List<ExtractedEvent> extract(String text, List<ResolvedMention> mentions, LocalDate published);

    /**
     * Changes whenever what the extractor yields for a text may change (its rules or its data):
     * stored articles read by another version are extracted again.
     */
    String version();
}
