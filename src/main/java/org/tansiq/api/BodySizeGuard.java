package org.tansiq.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses bodies over {@link #MAX_BODY_BYTES} by their Content-Length, before they are read,
 * with problem+json. (The HTTP layer's own limit, set higher in application.properties, only
 * catches bodies sent without a length, and answers with an empty 413.)
 */
@ApplicationScoped
class BodySizeGuard {

    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    void install(@Observes Router router, ObjectMapper json) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            long length = contentLength(ctx.request().getHeader("Content-Length"));
            if (length <= MAX_BODY_BYTES) {
                ctx.next();
                return;
            }
            tooLarge(ctx, json, "The body is " + length + " bytes; the limit is " + MAX_BODY_BYTES + " bytes.");
        });
        // Bodies sent without a length are cut off by the HTTP layer while they stream in.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                tooLarge(ctx, json, "The body is over the limit of " + MAX_BODY_BYTES + " bytes.");
            } else {
                ctx.next();
            }
        });
    }

    private static void tooLarge(io.vertx.ext.web.RoutingContext ctx, ObjectMapper json, String detail) {
        Problem problem = new Problem(Api.TYPE_TOO_LARGE, "Payload too large", 413, detail, ctx.request().path(),
                null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":413}";
        }
        ctx.response().setStatusCode(413).putHeader("Content-Type", Api.PROBLEM_JSON)
                .putHeader("Connection", "close").end(body);
    }

    private static long contentLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
