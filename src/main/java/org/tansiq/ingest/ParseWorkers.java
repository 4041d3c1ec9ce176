package org.tansiq.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a bulk request geoparses its articles on: one per core, since geoparsing is pure
 * CPU work (more threads would only queue for the cores). Shared by all bulk requests, so
 * concurrent bulk posts cannot together start more than that.
 */
@ApplicationScoped
class ParseWorkers {

    private final ExecutorService pool;

    ParseWorkers() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "tansiq-parse-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
