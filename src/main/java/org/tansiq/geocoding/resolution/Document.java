package org.tansiq.geocoding.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.ToponymSpan;

/**
 * What the resolver knows about the whole text: its spans, its focus country, and its anchors,
 * the places that a first round resolved with confidence, which co-location passes compare to.
 */
public final class Document {

    /** Tansiq reads news about Iraq: with no other evidence, that is the focus. */
    public static final String DEFAULT_FOCUS_COUNTRY = "IQ";

    /** A confidently resolved place and the span it came from. */
    public record Anchor(ToponymSpan span, PlaceCandidate place) {
    }

    private final List<ToponymSpan> spans;
    private final String focusCountry;
    private final List<Anchor> anchors;
    /**
     * anchorsExcept by name key (the spans of one name share their anchors): every pass and
     * filter asks it of every span, in every round.
     */
    private final Map<String, List<PlaceCandidate>> othersByKey = new HashMap<>();
    private final Map<String, List<PlaceCandidate>> distinctOthersByKey = new HashMap<>();

    public Document(List<ToponymSpan> spans, String focusCountry, List<Anchor> anchors) {
        this.spans = spans;
        this.focusCountry = focusCountry;
        this.anchors = anchors;
    }

    public static Document start(List<ToponymSpan> spans) {
        return new Document(spans, DEFAULT_FOCUS_COUNTRY, List.of());
    }

    public List<ToponymSpan> spans() {
        return spans;
    }

    public String focusCountry() {
        return focusCountry;
    }

    public List<Anchor> anchors() {
        return anchors;
    }

    /** The anchors other than those of {@code span}: a name is no evidence for itself. */
    public List<PlaceCandidate> anchorsExcept(ToponymSpan span) {
        if (anchors.isEmpty()) {
            return List.of();
        }
        // A span's own anchor has its key, so leaving out the key leaves out the span too.
        List<PlaceCandidate> others = othersByKey.get(span.key());
        if (others == null) {
            others = new ArrayList<>(anchors.size());
            for (Anchor a : anchors) {
                if (!a.span().key().equals(span.key())) {
                    others.add(a.place());
                }
            }
            othersByKey.put(span.key(), others);
        }
        return others;
    }

    /**
     * {@link #anchorsExcept} with each place once: for evidence that does not count mentions
     * (the nearest anchor), a place named ten times costs one distance, not ten.
     */
    public List<PlaceCandidate> distinctAnchorsExcept(ToponymSpan span) {
        List<PlaceCandidate> distinct = distinctOthersByKey.get(span.key());
        if (distinct == null) {
            distinct = anchorsExcept(span).stream().distinct().toList();
            distinctOthersByKey.put(span.key(), distinct);
        }
        return distinct;
    }

    /** True when both places lie in the same known governorate (no string built, unlike {@link #governorate}). */
    public static boolean sameGovernorate(PlaceCandidate a, PlaceCandidate b) {
        return a.countryCode() != null && a.admin1Code() != null && !a.admin1Code().isBlank()
                && a.countryCode().equals(b.countryCode()) && a.admin1Code().equals(b.admin1Code());
    }

    /** The governorate a place lies in, as comparable text (null when unknown). */
    public static String governorate(PlaceCandidate p) {
        if (p.countryCode() == null || p.admin1Code() == null || p.admin1Code().isBlank()) {
            return null;
        }
        return p.countryCode() + "." + p.admin1Code();
    }
}
