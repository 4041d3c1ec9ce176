package org.tansiq.api;

import java.util.List;

/** Thrown by resources for a client error; {@link ProblemMappers} turns it into problem+json. */
public class ProblemException extends RuntimeException {

    private final String type;
    private final String title;
    private final int status;
    private final List<String> errors;

    public ProblemException(String type, String title, int status, String detail, List<String> errors) {
        super(detail);
        this.type = type;
        this.title = title;
        this.status = status;
        this.errors = errors;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Api.TYPE_BAD_REQUEST, "Bad request", 400, detail, null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Api.TYPE_NOT_FOUND, "Not found", 404, detail, null);
    }

    Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
