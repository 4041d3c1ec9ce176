package org.tansiq.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import org.tansiq.config.TansiqConfig;

/**
 * Per-client token buckets for public endpoints that cost CPU (geoparsing). In memory: one
 * instance of the app, and a restart forgives everyone.
 */
@ApplicationScoped
public class RateLimiter {

    /** Above this many tracked clients, idle buckets are dropped so memory stays bounded. */
    static final int MAX_CLIENTS = 10_000;

    private final double capacity;
    private final double refillPerNano;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @jakarta.inject.Inject
    RateLimiter(TansiqConfig config) {
        this(config.geoparse().requestsPerMinute());
    }

    RateLimiter(int requestsPerMinute) {
        this.capacity = requestsPerMinute;
        this.refillPerNano = requestsPerMinute / 60e9;
    }

    /** Takes one request from the client's bucket, or throws 429 with how long to wait. */
    public void acquire(String client) {
        acquire(client, 1);
    }

    /**
     * Takes {@code cost} requests' worth (at least 1, at most the bucket's size) from the
     * client's bucket, so big requests spend more of the allowance than small ones.
     */
    public void acquire(String client, double cost) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.full(now));
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(now));
        long waitSeconds = bucket.take(now, Math.max(1, Math.min(capacity, cost)));
        if (waitSeconds > 0) {
            throw new TooManyRequests(waitSeconds);
        }
    }

    private final class Bucket {
        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized long take(long now, double cost) {
            tokens = Math.min(capacity, tokens + (now - updated) * refillPerNano);
            updated = now;
            if (tokens >= cost) {
                tokens -= cost;
                return 0;
            }
            return (long) Math.ceil((cost - tokens) / refillPerNano / 1e9);
        }

        synchronized boolean full(long now) {
            return tokens + (now - updated) * refillPerNano >= capacity;
        }
    }

    /** 429, with the seconds until the next request would be accepted. */
    public static final class TooManyRequests extends ProblemException {
        private final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds) {
            super(Api.TYPE_TOO_MANY, "Too many requests", 429,
                    "Rate limit reached; retry in " + retryAfterSeconds + " s.", null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
