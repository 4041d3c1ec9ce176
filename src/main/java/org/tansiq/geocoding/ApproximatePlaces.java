package org.tansiq.geocoding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.tansiq.gazetteer.PlaceCandidate;

/**
 * Places names no gazetteer lists ({@link UnlistedNames}) in the smallest unit the text supports:
 * the nearest place the same sentence names (else the sentence before or after) gives it — a
 * COD-AB unit as it is, a town in Iraq as its district (else its governorate), a province,
 * country or region abroad as it is, a town abroad as itself, near it. A name with no such
 * place around is left out: nothing says where it is.
 *
 * <p>The mention keeps its own words and no place of its own ({@link ResolvedMention#approximate()}),
 * at ACLED geo-precision 2 (a district, a town's surroundings) or 3 (a governorate or more), with
 * a confidence well below a gazetteer match: {@link #CONFIDENCE} when the anchor shares the
 * sentence, less from a neighbouring one.
 */
final class ApproximatePlaces {

    static final double CONFIDENCE = 0.35;
    static final double NEIGHBOUR_FACTOR = 0.7;

    private ApproximatePlaces() {
    }

    /**
     * @param unit a COD-AB unit by p-code, or null
     * @return the approximate mentions, in text order
     */
    static List<ResolvedMention> place(String text, List<ToponymSpan> unlisted, List<ResolvedMention> resolved,
            Function<String, PlaceCandidate> unit) {
        List<ResolvedMention> out = new ArrayList<>();
        for (ToponymSpan span : unlisted) {
            int from = sentenceStart(text, span.start());
            int to = sentenceEnd(text, span.end());
            ResolvedMention anchor = nearest(span, resolved, from, to);
            double confidence = CONFIDENCE;
            if (anchor == null) {
                anchor = nearest(span, resolved, sentenceStart(text, Math.max(0, from - 1)),
                        sentenceEnd(text, Math.min(text.length(), to + 1)));
                confidence *= NEIGHBOUR_FACTOR;
            }
            PlaceCandidate in = anchor == null ? null : unitOf(anchor.place(), unit);
            if (in != null) {
                out.add(new ResolvedMention(span.start(), span.end(), span.surface(), in, confidence, List.of(), true));
            }
        }
        return out;
    }

    /** The unit an anchor stands for (see the class comment). */
    static PlaceCandidate unitOf(PlaceCandidate p, Function<String, PlaceCandidate> unit) {
        if ("IQ".equals(p.countryCode()) && !p.isAdministrativeArea() && !"L".equals(p.featureClass())) {
            PlaceCandidate district = p.adm2Pcode() == null ? null : unit.apply(p.adm2Pcode());
            if (district != null) {
                return district;
            }
            PlaceCandidate governorate = p.adm1Pcode() == null ? null : unit.apply(p.adm1Pcode());
            return governorate != null ? governorate : p;
        }
        return p;
    }

    private static ResolvedMention nearest(ToponymSpan span, List<ResolvedMention> resolved, int from, int to) {
        return resolved.stream().filter(m -> !m.approximate() && m.start() >= from && m.end() <= to)
                .min(Comparator.comparingInt(m -> distance(span, m))).orElse(null);
    }

    private static int distance(ToponymSpan span, ResolvedMention m) {
        return m.start() >= span.end() ? m.start() - span.end() : span.start() - m.end();
    }

    private static boolean ends(char c) {
        return c == '.' || c == '\n' || c == '؟' || c == '?' || c == '!';
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && !ends(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !ends(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
