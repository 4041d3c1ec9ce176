package org.tansiq.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latency figures over a set of samples: nearest-rank percentiles, so p99 of 20 samples is the maximum. */
final class Percentiles {

    private Percentiles() {
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** {@code {n, p50Ms, p95Ms, p99Ms, minMs, maxMs}} over samples in milliseconds. */
    static Map<String, Object> of(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", sorted.length);
        m.put("p50Ms", round(percentile(sorted, 50)));
        m.put("p95Ms", round(percentile(sorted, 95)));
        m.put("p99Ms", round(percentile(sorted, 99)));
        m.put("minMs", sorted.length == 0 ? null : round(sorted[0]));
        m.put("maxMs", sorted.length == 0 ? null : round(sorted[sorted.length - 1]));
        return m;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 50);
    }

    static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10) / 10.0;
    }
}
