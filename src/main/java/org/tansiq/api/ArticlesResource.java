package org.tansiq.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.tansiq.ingest.ArticleView;
import org.tansiq.ingest.ArticleQueries;
import org.tansiq.ingest.IngestResult;
import org.tansiq.ingest.IngestionService;
import org.tansiq.ingest.NewArticle;

/** Adding articles (token required) and reading them back with their mentions (public). */
@Path("/api/articles")
public class ArticlesResource {

    private final IngestionService ingestion;
    private final ArticleQueries queries;

    ArticlesResource(IngestionService ingestion, ArticleQueries queries) {
        this.ingestion = ingestion;
        this.queries = queries;
    }

    /** 201 with the new article's id; 200 when the same text is already stored (nothing is added). */
    @POST
    @WriteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@NotNull(message = "a JSON body is required") @Valid NewArticle article) {
        List<String> unstorable = article.unstorableFields();
        if (!unstorable.isEmpty()) {
            throw new ProblemException(Api.TYPE_BAD_REQUEST, "Invalid request", 400,
                    "These fields hold a NUL character or a broken surrogate pair, which cannot be stored"
                            + " exactly: " + String.join(", ", unstorable) + ".", unstorable);
        }
        IngestResult result = ingestion.ingest(article);
        URI location = URI.create("/api/articles/" + result.articleId());
        return (result.created() ? Response.created(location) : Response.ok().location(location))
                .entity(result).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ArticleView.Summary> list(@QueryParam(Api.PARAM_LIMIT) @DefaultValue("100") String limit,
            @QueryParam(Api.PARAM_OFFSET) @DefaultValue("0") String offset) {
        return queries.list(QueryParams.intIn(Api.PARAM_LIMIT, limit, 1, Api.MAX_LIMIT),
                QueryParams.intIn(Api.PARAM_OFFSET, offset, 0, Integer.MAX_VALUE));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ArticleView get(@PathParam("id") String id) {
        long articleId;
        try {
            articleId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("No article '" + id + "'.");
        }
        return queries.find(articleId)
                .orElseThrow(() -> ProblemException.notFound("No article " + articleId + "."));
    }
}
