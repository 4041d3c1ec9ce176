package org.tansiq.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** The geoparser: gazetteer matching, then resolution, each stage timed in the debug log. */
@ApplicationScoped
public class GazetteerGeoparser implements Geoparser {

    private static final Logger LOG = Logger.getLogger(GazetteerGeoparser.class);

    /** Bump when matching or resolution changes what a text yields. */
    static final String CODE_VERSION = "gazetteer-geoparser-7";

    private final GazetteerMatcher matcher;
    private final ToponymResolver resolver;

    GazetteerGeoparser(GazetteerMatcher matcher, ToponymResolver resolver) {
        this.matcher = matcher;
        this.resolver = resolver;
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
        long t2 = System.nanoTime();
        if (LOG.isDebugEnabled()) { // five boxed arguments per article otherwise
            LOG.debugf("geoparse: %d chars, %d spans in %d us, %d resolved in %d us", text.length(), spans.size(),
                    (t1 - t0) / 1000, mentions.size(), (t2 - t1) / 1000);
        }
        return mentions;
    }
}
