package org.tansiq.geocoding;

import java.util.List;

/** Finds the places a text names and decides which gazetteer place each one means. */
public interface Geoparser {

    /** Mentions in text order; offsets are Java string offsets into {@code text}. */
    List<ResolvedMention> parse(String text);

    /**
     * Identifies this geoparser's behaviour (code version and the data it reads): stored with
     * each article, so articles read by an older one are geoparsed again.
     */
    String version();
}
