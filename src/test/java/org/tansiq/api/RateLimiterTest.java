package org.tansiq.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aBurstUpToTheLimitPassesThenTheClientWaits() {
        RateLimiter limiter = new RateLimiter(3);
        for (int i = 0; i < 3; i++) {
            assertDoesNotThrow(() -> limiter.acquire("10.0.0.1"));
        }
        RateLimiter.TooManyRequests e = assertThrows(RateLimiter.TooManyRequests.class,
                () -> limiter.acquire("10.0.0.1"));
        assertTrue(e.retryAfterSeconds() >= 1 && e.retryAfterSeconds() <= 20, "retry after " + e.retryAfterSeconds());
        assertDoesNotThrow(() -> limiter.acquire("10.0.0.2"), "other clients have their own bucket");
    }
}
