package org.tansiq.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well the geoparser's confidences match how often it is right: every predicted mention is
 * an outcome (correct when its span is a gold span and its place the gold place; a spurious span
 * is wrong), and a calibrated confidence is the probability of that. Reports reliability bins of
 * equal width, the Brier score (mean squared gap) and the expected calibration error (the
 * mention-weighted mean gap between a bin's mean confidence and its accuracy).
 */
public record Calibration(List<Outcome> outcomes, int bins) {

    public static final int DEFAULT_BINS = 10;

    /** One prediction: its confidence and whether it was right. */
    public record Outcome(double confidence, boolean correct) {
    }

    public static Calibration of(List<Outcome> outcomes) {
        return new Calibration(List.copyOf(outcomes), DEFAULT_BINS);
    }

    public double brier() {
        return outcomes.stream().mapToDouble(o -> Math.pow(o.confidence() - (o.correct() ? 1 : 0), 2)).average()
                .orElse(0);
    }

    public double expectedCalibrationError() {
        double ece = 0;
        for (Bin b : reliability()) {
            ece += (double) b.count() / outcomes.size() * Math.abs(b.meanConfidence() - b.accuracy());
        }
        return ece;
    }

    /** One reliability bin: confidences in [lower, upper). */
    public record Bin(double lower, double upper, int count, double meanConfidence, double accuracy) {
    }

    /** The non-empty bins, lowest first (confidence 1.0 falls in the last). */
    public List<Bin> reliability() {
        List<List<Outcome>> byBin = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            byBin.add(new ArrayList<>());
        }
        for (Outcome o : outcomes) {
            byBin.get(Math.min(bins - 1, (int) Math.floor(o.confidence() * bins))).add(o);
        }
        List<Bin> out = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            List<Outcome> in = byBin.get(i);
            if (!in.isEmpty()) {
                out.add(new Bin((double) i / bins, (double) (i + 1) / bins, in.size(),
                        in.stream().mapToDouble(Outcome::confidence).average().orElse(0),
                        in.stream().filter(Outcome::correct).count() / (double) in.size()));
            }
        }
        return out;
    }

    public Map<String, Object> report() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mentions", outcomes.size());
        m.put("correct", outcomes.stream().filter(Outcome::correct).count());
        m.put("brier", brier());
        m.put("expectedCalibrationError", expectedCalibrationError());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Bin b : reliability()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("from", b.lower());
            r.put("to", b.upper());
            r.put("mentions", b.count());
            r.put("meanConfidence", b.meanConfidence());
            r.put("accuracy", b.accuracy());
            rows.add(r);
        }
        m.put("reliability", rows);
        return m;
    }

    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-11s %8s %10s %9s%n", "confidence", "mentions",
                "mean conf", "accuracy"));
        for (Bin b : reliability()) {
            out.append(String.format(Locale.ROOT, "%.1f-%.1f    %8d %10.3f %9.3f%n", b.lower(), b.upper(), b.count(),
                    b.meanConfidence(), b.accuracy()));
        }
        out.append(String.format(Locale.ROOT, "Brier %.4f, ECE %.4f over %d mentions%n", brier(),
                expectedCalibrationError(), outcomes.size()));
        return out.toString();
    }
}
