package org.tansiq.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Lets a {@link WriteAccess} request through only with {@code Authorization: Bearer <token>}. */
@Provider
@WriteAccess
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiToken token;

    BearerTokenFilter(ApiToken token) {
        this.token = token;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip() : null;
        if (!token.matches(presented)) {
            Problem problem = new Problem(Api.TYPE_UNAUTHORIZED, "Unauthorized", 401,
                    presented == null ? "This endpoint needs an 'Authorization: Bearer <token>' header."
                            : "The bearer token is not valid.",
                    request.getUriInfo().getRequestUri().getRawPath(), null);
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(problem.toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tansiq\"").build());
        }
    }
}
