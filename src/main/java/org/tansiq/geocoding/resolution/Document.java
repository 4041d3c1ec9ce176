package org.tansiq.geocoding.resolution;

import java.util.List;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.ToponymSpan;

/**
 * What the resolver knows about the whole text: its spans, its focus country, and its anchors,
 * the places that a first round resolved with confidence, which co-location passes compare to.
 */
public record Document(List<ToponymSpan> spans, String focusCountry, List<Anchor> anchors) {

    /** Tansiq reads news about Iraq: with no other evidence, that is the focus. */
    public static final String DEFAULT_FOCUS_COUNTRY = "IQ";

    /** A confidently resolved place and the span it came from. */
    public record Anchor(ToponymSpan span, PlaceCandidate place) {
    }

    public static Document start(List<ToponymSpan> spans) {
        return new Document(spans, DEFAULT_FOCUS_COUNTRY, List.of());
    }

    /** The anchors other than those of {@code span}: a name is no evidence for itself. */
    public List<PlaceCandidate> anchorsExcept(ToponymSpan span) {
        return anchors.stream().filter(a -> a.span() != span && !a.span().key().equals(span.key()))
                .map(Anchor::place).toList();
    }

    /** The governorate a place lies in, as comparable text (null when unknown). */
    public static String governorate(PlaceCandidate p) {
        if (p.countryCode() == null || p.admin1Code() == null || p.admin1Code().isBlank()) {
            return null;
        }
        return p.countryCode() + "." + p.admin1Code();
    }
}
