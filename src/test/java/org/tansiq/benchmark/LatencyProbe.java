package org.tansiq.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latency of one request repeated: a warm-up call, then samples until {@link #samples} are taken
 * or {@link #budgetNanos} has passed (at least {@link #MIN_SAMPLES}, or {@link #MIN_SAMPLES_SLOW}
 * when the warm-up took over {@link #SLOW_MS}). A warm-up that times out or
 * fails ends the probe at once: a page that takes a minute is reported as such, not waited for
 * thirty times.
 */
final class LatencyProbe {

    static final int MIN_SAMPLES = 5;
    /** Fewer samples suffice for a page that takes seconds: its p95 is not what anyone will quote. */
    static final int MIN_SAMPLES_SLOW = 3;
    static final double SLOW_MS = 5000;

    private final int samples;
    private final long budgetNanos;

    LatencyProbe(int samples, double budgetSeconds) {
        this.samples = samples;
        this.budgetNanos = (long) (budgetSeconds * 1e9);
    }

    /**
     * {@code {result: "ok"|"timeout"|"error", n, p50Ms, p95Ms, p99Ms, minMs, maxMs, errors}}; on a
     * failed warm-up only the result, the warm-up's time and its error.
     */
    Map<String, Object> measure(Timed request) {
        Map<String, Object> m = new LinkedHashMap<>();
        Timed.Outcome warm = request.call();
        if (!warm.ok()) {
            m.put("result", warm.timedOut() ? "timeout" : "error");
            m.put("warmupMs", Percentiles.round(warm.millis()));
            m.put("error", warm.error());
            return m;
        }
        int atLeast = warm.millis() > SLOW_MS ? MIN_SAMPLES_SLOW : MIN_SAMPLES;
        List<Double> times = new ArrayList<>();
        int errors = 0;
        int timeouts = 0;
        long start = System.nanoTime();
        while (times.size() + errors < samples
                && (times.size() + errors < atLeast || System.nanoTime() - start < budgetNanos)) {
            Timed.Outcome o = request.call();
            if (o.ok()) {
                times.add(o.millis());
            } else {
                errors++;
                timeouts += o.timedOut() ? 1 : 0;
                if (o.timedOut()) {
                    break;
                }
            }
        }
        m.put("result", timeouts > 0 ? "timeout" : times.isEmpty() ? "error" : "ok");
        m.putAll(Percentiles.of(times));
        m.put("warmupMs", Percentiles.round(warm.millis()));
        m.put("errors", errors);
        m.put("timeouts", timeouts);
        return m;
    }
}
