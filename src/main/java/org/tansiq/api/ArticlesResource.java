package org.tansiq.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.List;
import org.tansiq.ingest.ArticleView;
import org.tansiq.ingest.ArticleQueries;
import org.tansiq.ingest.IngestResult;
import org.tansiq.ingest.IngestionService;

/**
 * Adding articles, one or many in a request (token required), and reading them back with their
 * mentions (public).
 */
@Path("/api/articles")
public class ArticlesResource {

    private final IngestionService ingestion;
    private final ArticleQueries queries;
    private final ArticleItems items;

    ArticlesResource(IngestionService ingestion, ArticleQueries queries, ArticleItems items) {
        this.ingestion = ingestion;
        this.queries = queries;
        this.items = items;
    }

    /**
     * One article (a JSON object): 201 with the new article's id; 200 when the same text is
     * already stored (nothing is added). Many (a JSON array): see {@link #addLines}.
     */
    @POST
    @WriteAccess
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(JsonNode body) throws JsonProcessingException {
        if (body != null && body.isArray()) {
            return bulk(items.fromArray(body));
        }
        IngestResult result = ingestion.ingest(items.single(body));
        URI location = URI.create("/api/articles/" + result.articleId());
        return (result.created() ? Response.created(location) : Response.ok().location(location))
                .entity(result).build();
    }

    /**
     * Many articles, one a line: 200 with a result per item, in order (see
     * {@link BulkIngestResult}); invalid items are reported there and do not stop the others.
     */
    @POST
    @WriteAccess
    @Consumes(Api.NDJSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response addLines(byte[] body) {
        return bulk(items.fromLines(body));
    }

    private Response bulk(List<ArticleItems.Item> bulk) {
        List<ArticleItems.Item> valid = bulk.stream().filter(i -> i.article() != null).toList();
        List<IngestResult> ingested = valid.isEmpty() ? List.of()
                : ingestion.ingestAll(valid.stream().map(ArticleItems.Item::article).toList());
        List<BulkIngestResult.ItemResult> results = new ArrayList<>(bulk.size());
        int next = 0;
        for (ArticleItems.Item item : bulk) {
            if (item.article() == null) {
                results.add(new BulkIngestResult.ItemResult(item.index(), null, null, null, null,
                        item.problem().status(), item.problem()));
            } else {
                IngestResult r = ingested.get(next++);
                results.add(new BulkIngestResult.ItemResult(item.index(), r.articleId(), r.created(), r.mentions(),
                        r.sha256(), null, null));
            }
        }
        return Response.ok(BulkIngestResult.of(results)).build();
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
