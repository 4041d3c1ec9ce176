package org.tansiq.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem details body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<String> errors) {

    public Response toResponse() {
        return Response.status(status).type(Api.PROBLEM_JSON).entity(this).build();
    }
}
