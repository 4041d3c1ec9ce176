package org.tansiq.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tansiq.geocoding.GreatCircle;

/**
 * Geoparsing scores the usual way: recognition by exact span (precision, recall, F1), and
 * resolution over the correctly recognised spans (accuracy within 161 km, median and mean error,
 * exact place match; the gold's own place counts as 0 km away).
 */
public record Scores(int gold, int predicted, int correctSpans, int within161, int exactPlace,
        List<Double> errorsKm) {

    public static final double ACC_KM = 161;

    public static Scores of(List<GoldMention> gold, List<PredictedMention> predicted) {
        Map<Long, PredictedMention> bySpan = new HashMap<>();
        predicted.forEach(p -> bySpan.put(span(p.start(), p.end()), p));
        int correct = 0;
        int within = 0;
        int exact = 0;
        List<Double> errors = new ArrayList<>();
        for (GoldMention g : gold) {
            PredictedMention p = bySpan.get(span(g.start(), g.end()));
            if (p == null) {
                continue;
            }
            correct++;
            boolean same = g.place().equals(p.place());
            // The right place is no error, wherever the gold and the gazetteer put its point: for a
            // country the annotator's representative point and the point on its outline can lie
            // hundreds of km apart.
            double km = same ? 0 : GreatCircle.km(g.lat(), g.lon(), p.lat(), p.lon());
            errors.add(km);
            if (km <= ACC_KM) {
                within++;
            }
            if (same) {
                exact++;
            }
        }
        return new Scores(gold.size(), predicted.size(), correct, within, exact, List.copyOf(errors));
    }

    public static Scores sum(Collection<Scores> parts) {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        int within = 0;
        int exact = 0;
        List<Double> errors = new ArrayList<>();
        for (Scores s : parts) {
            gold += s.gold;
            predicted += s.predicted;
            correct += s.correctSpans;
            within += s.within161;
            exact += s.exactPlace;
            errors.addAll(s.errorsKm);
        }
        return new Scores(gold, predicted, correct, within, exact, errors);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correctSpans / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correctSpans / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracyAt161() {
        return correctSpans == 0 ? 0 : (double) within161 / correctSpans;
    }

    public double exactPlaceRate() {
        return correctSpans == 0 ? 0 : (double) exactPlace / correctSpans;
    }

    public double meanErrorKm() {
        return errorsKm.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    public double medianErrorKm() {
        if (errorsKm.isEmpty()) {
            return 0;
        }
        double[] sorted = errorsKm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }
}
