package org.tansiq.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput at a fixed concurrency: {@code connections} threads each send the request again as
 * soon as the last one answers (a closed loop, like wrk) for a fixed duration. Requests still in
 * flight when the time is up are waited for (each has its own timeout) but not counted.
 */
final class LoadGenerator {

    private LoadGenerator() {
    }

    /** {@code {connections, seconds, requests, requestsPerSecond, errors, timeouts}}. */
    static Map<String, Object> run(Timed request, int connections, double seconds) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Timed.Outcome o = request.call();
                    boolean inTime = System.nanoTime() <= end;
                    if (o.ok()) {
                        if (inTime) {
                            ok.incrementAndGet();
                        }
                    } else {
                        errors.incrementAndGet();
                        if (o.timedOut()) {
                            timeouts.incrementAndGet();
                            return;
                        }
                    }
                }
            }));
        }
        pool.shutdown();
        for (Future<?> w : workers) {
            try {
                w.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.incrementAndGet();
            }
        }
        pool.awaitTermination(1, TimeUnit.MINUTES);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("connections", connections);
        m.put("seconds", seconds);
        m.put("requests", ok.get());
        m.put("requestsPerSecond", Math.round(ok.get() / seconds * 10) / 10.0);
        m.put("errors", errors.get());
        m.put("timeouts", timeouts.get());
        return m;
    }
}
