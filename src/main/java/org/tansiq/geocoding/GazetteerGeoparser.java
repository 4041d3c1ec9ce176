package org.tansiq.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import org.tansiq.gazetteer.NameIndex;

/**
 * The geoparser: gazetteer matching, then resolution, then the names no gazetteer lists placed
 * in their units ({@link ApproximatePlaces}), each stage timed in the debug log.
 */
@ApplicationScoped
public class GazetteerGeoparser implements Geoparser {

    private static final Logger LOG = Logger.getLogger(GazetteerGeoparser.class);

    /** Bump when matching or resolution changes what a text yields. */
    static final String CODE_VERSION = "gazetteer-geoparser-8";

    private final GazetteerMatcher matcher;
    private final ToponymResolver resolver;
    private final NameIndex index;

    GazetteerGeoparser(GazetteerMatcher matcher, ToponymResolver resolver, NameIndex index) {
        this.matcher = matcher;
        this.resolver = resolver;
        this.index = index;
    }

    @Override
    public String version() {
        return org.tansiq.text.Sha256.hex(CODE_VERSION + "/" + matcher.fingerprint());
    }

    @Override
    public List<ResolvedMention> parse(String text) {
        long t0 = System.nanoTime();
        List<ToponymSpan> spans = matcher.find(text);
        long t1 = System.nanoTime();
        List<ResolvedMention> mentions = resolver.resolve(spans);
        List<ToponymSpan> unlisted = spans.stream().filter(s -> s.candidates().isEmpty()).toList();
        if (!unlisted.isEmpty()) {
            List<ResolvedMention> approximate = ApproximatePlaces.place(text, unlisted, mentions, index::unit);
            if (!approximate.isEmpty()) {
                List<ResolvedMention> all = new java.util.ArrayList<>(mentions);
                all.addAll(approximate);
                all.sort(java.util.Comparator.comparingInt(ResolvedMention::start));
                mentions = List.copyOf(all);
            }
        }
        long t2 = System.nanoTime();
        if (LOG.isDebugEnabled()) { // five boxed arguments per article otherwise
            LOG.debugf("geoparse: %d chars, %d spans in %d us, %d resolved in %d us", text.length(), spans.size(),
                    (t1 - t0) / 1000, mentions.size(), (t2 - t1) / 1000);
        }
        return mentions;
    }
}
