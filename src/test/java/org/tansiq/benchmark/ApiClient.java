package org.tansiq.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The benchmark's view of the running application over HTTP: every request has a timeout, and a
 * timeout is an answer ({@link Reply#timedOut()}), not an exception, because a layer that does not
 * answer at a million events is a figure to report, not a reason to stop the run.
 */
final class ApiClient {

    /** One answer: status (0 when timed out or failed), body, elapsed wall time. */
    record Reply(int status, String contentType, byte[] body, long nanos, boolean timedOut, String error) {
        boolean ok() {
            return status == 200 || status == 204;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        double millis() {
            return nanos / 1e6;
        }
    }

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final Duration timeout;

    ApiClient(String baseUrl, String token, Duration timeout) {
        // HTTP/1.1: one request per connection at a time, so N client threads are N connections.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.token = token;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /** A path such as {@code /api/collections/events/items?limit=100}, or an absolute URL (a next link). */
    URI resolve(String pathOrUrl) {
        return base.resolve(pathOrUrl.startsWith("/") ? pathOrUrl.substring(1) : pathOrUrl);
    }

    Reply get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(resolve(pathOrUrl)).timeout(timeout).GET().build());
    }

    Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    Reply postText(String path, String text) {
        return send(HttpRequest.newBuilder(resolve(path)).timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
    }

    private Reply send(HttpRequest request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    System.nanoTime() - t0, false, null);
        } catch (HttpTimeoutException e) {
            return new Reply(0, "", new byte[0], System.nanoTime() - t0, true, "timeout");
        } catch (IOException e) {
            return new Reply(0, "", new byte[0], System.nanoTime() - t0, false, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", new byte[0], System.nanoTime() - t0, false, "interrupted");
        }
    }
}
