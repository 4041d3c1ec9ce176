package org.tansiq.benchmark;

/**
 * One request to time, over HTTP or JDBC: its outcome, so a probe can tell a fast answer from an
 * error or a timeout without knowing which protocol it drives.
 */
@FunctionalInterface
interface Timed {

    record Outcome(boolean ok, boolean timedOut, double millis, String error) {
        static Outcome of(ApiClient.Reply r) {
            return new Outcome(r.ok(), r.timedOut(), r.millis(),
                    r.ok() ? null : r.timedOut() ? "timeout" : r.error() != null ? r.error() : "HTTP " + r.status());
        }
    }

    Outcome call();
}
