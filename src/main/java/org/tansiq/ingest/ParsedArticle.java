package org.tansiq.ingest;

import java.util.List;
import org.tansiq.events.ExtractedEvent;
import org.tansiq.geocoding.ResolvedMention;

/**
 * An article read before it is stored: the geoparser's mentions and, when there is an extractor,
 * its events. Reading is CPU work and needs no database, so it happens before the write
 * transaction opens (see {@link ArticleWriter}).
 *
 * @param events null when no extractor read the article (then none are stored)
 * @param eventsVersion what the events were read with; null with {@code events}
 */
record ParsedArticle(NewArticle input, String sha256, String geoparsedWith, List<ResolvedMention> mentions,
        List<ExtractedEvent> events, String eventsVersion) {
}
