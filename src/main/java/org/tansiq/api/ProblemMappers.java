package org.tansiq.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become responses: RFC 9457 problem+json, never a stack trace or a class
 * name in the body.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = e.toProblem(path(uri)).toResponse();
        if (e instanceof RateLimiter.TooManyRequests tooMany) {
            return Response.fromResponse(response).header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        return response;
    }

    /** Quarkus maps its own subclass first, so it is named here explicitly. */
    @ServerExceptionMapper
    public Response invalidRequest(io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException e,
            UriInfo uri) {
        return invalid(e, uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return invalidProblem(e.getConstraintViolations(), path(uri)).toResponse();
    }

    /** quarkus-rest-jackson maps this subclass itself (as plain JSON), so it is named here. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return mismatchedProblem(e, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return unreadableProblem(e, path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "None of the accepted media types can be produced.";
            case 415 -> "Unsupported media type for this endpoint (see its documentation: JSON for"
                    + " /api/articles (or application/x-ndjson), text/plain; charset=utf-8 for /api/geoparse).";
            default -> title + ".";
        };
        Response.ResponseBuilder r = Response.status(status).type(Api.PROBLEM_JSON)
                .entity(new Problem(status == 404 ? Api.TYPE_NOT_FOUND : Api.TYPE_HTTP, title, status, detail,
                        path(uri), null));
        e.getResponse().getHeaders().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Content-Type")) {
                v.forEach(x -> r.header(k, x));
            }
        });
        return r.build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unhandled error on " + path(uri), e);
        return new Problem(Api.TYPE_INTERNAL, "Internal error", 500,
                "Something went wrong on the server; it has been logged.", path(uri), null).toResponse();
    }

    // The problems themselves, also given per item by bulk ingestion (ArticleItems), which
    // reports an invalid article in its result instead of throwing.

    static Problem invalidProblem(Set<? extends ConstraintViolation<?>> violations, String instance) {
        List<String> errors = violations.stream().map(ProblemMappers::describe).sorted().toList();
        return new Problem(Api.TYPE_BAD_REQUEST, "Invalid request", 400,
                "The request did not pass validation: " + String.join("; ", errors), instance, errors);
    }

    static Problem mismatchedProblem(MismatchedInputException e, String instance) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : "[" + r.getIndex() + "]").reduce((a, b) -> a + "." + b).orElse(null);
        if (field == null) {
            return unreadableProblem(e, instance);
        }
        String hint = "publishedAt".equals(field) ? " (a date as YYYY-MM-DD)" : "";
        return new Problem(Api.TYPE_BAD_REQUEST, "Bad request", 400,
                "Field '" + field + "' has the wrong type or format" + hint + ".", instance, List.of(field));
    }

    static Problem unreadableProblem(JsonProcessingException e, String instance) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return new Problem(Api.TYPE_BAD_REQUEST, "Malformed JSON", 400,
                "The body is not valid JSON of the expected shape, or not UTF-8" + where + ".", instance, null);
    }

    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return (dot >= 0 ? path.substring(dot + 1) : path) + ": " + v.getMessage();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
