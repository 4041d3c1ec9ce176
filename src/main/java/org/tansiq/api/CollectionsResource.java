package org.tansiq.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tansiq.events.EventKind;
import org.tansiq.layers.AdminAreasLayer;
import org.tansiq.layers.BBox;
import org.tansiq.layers.Cursor;
import org.tansiq.layers.FeatureLayer;
import org.tansiq.layers.FeatureLayer.Option;
import org.tansiq.layers.FeaturePage;
import org.tansiq.layers.LayerCatalogue;
import org.tansiq.layers.LayerDescription;
import org.tansiq.layers.LayerQuery;
import org.tansiq.layers.TiledLayer;
import org.tansiq.layers.VectorTiles;

/** The layers as OGC API Features collections. Public: reading needs no token. */
@Path("/api/collections")
public class CollectionsResource {

    private final LayerCatalogue catalogue;
    private final VectorTiles tiles;

    CollectionsResource(LayerCatalogue catalogue, VectorTiles tiles) {
        this.catalogue = catalogue;
        this.tiles = tiles;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> list(UriInfo uri) {
        List<Map<String, Object>> collections = new ArrayList<>();
        for (FeatureLayer layer : catalogue.list()) {
            collections.add(describe(layer));
        }
        return Map.of("collections", collections,
                "links", List.of(link("/api/collections", "self", MediaType.APPLICATION_JSON)));
    }

    @GET
    @Path("/{collectionId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> get(@PathParam("collectionId") String collectionId) {
        return describe(source(collectionId));
    }

    @GET
    @Path("/{collectionId}/items")
    @Produces({Api.GEOJSON, MediaType.APPLICATION_JSON})
    public Response items(@PathParam("collectionId") String collectionId,
            @QueryParam(Api.PARAM_BBOX) String bbox,
            @QueryParam(Api.PARAM_LIMIT) @DefaultValue("" + Api.DEFAULT_LIMIT) String limit,
            @QueryParam(Api.PARAM_OFFSET) String offset,
            @QueryParam(Api.PARAM_CURSOR) String cursor,
            @QueryParam(Api.PARAM_LEVEL) String level,
            @QueryParam(Api.PARAM_SIMPLIFY) String simplify,
            @QueryParam(Api.PARAM_DATETIME) String datetime,
            @QueryParam(Api.PARAM_RADIUS_KM) String radiusKm,
            @QueryParam(Api.PARAM_KIND) String kind,
            @QueryParam(Api.PARAM_STATUS) String status) {
        FeatureLayer source = source(collectionId);
        BBox box = parseBBox(bbox);
        int lim = QueryParams.intIn(Api.PARAM_LIMIT, limit, 1, Api.MAX_LIMIT);
        int off = offset == null || offset.isBlank() ? 0
                : QueryParams.intIn(Api.PARAM_OFFSET, offset, 0, Api.MAX_OFFSET);
        Cursor from = cursor == null || cursor.isBlank() ? null : parseCursor(cursor);
        if (from != null && off > 0) {
            throw ProblemException.badRequest("Give either " + Api.PARAM_CURSOR + " or " + Api.PARAM_OFFSET
                    + ", not both.");
        }
        Integer lvl = option(source, Option.LEVEL, Api.PARAM_LEVEL, level,
                v -> QueryParams.intIn(Api.PARAM_LEVEL, v, 1, AdminAreasLayer.DEEPEST_LEVEL));
        Double tolerance = simplify(source, simplify);
        EventKind eventKind = option(source, Option.KIND, Api.PARAM_KIND, kind,
                v -> QueryParams.eventKind(Api.PARAM_KIND, v));
        FeaturePage page;
        try {
            page = source.items(new LayerQuery(box, lim, off, lvl, tolerance, asOf(source, datetime),
                    radiusKm(source, radiusKm), eventKind, status(source, status), from));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage() + ".");
        }
        // Links keep the filters, so the next page is the same query.
        String filters = query(Api.PARAM_BBOX, bbox) + query(Api.PARAM_LEVEL, level)
                + query(Api.PARAM_SIMPLIFY, simplify) + query(Api.PARAM_DATETIME, datetime)
                + query(Api.PARAM_RADIUS_KM, radiusKm) + query(Api.PARAM_KIND, kind)
                + query(Api.PARAM_STATUS, status);
        String base = "/api/collections/" + collectionId + "/items?limit=" + lim;
        String self = base + (from != null ? query(Api.PARAM_CURSOR, cursor) : off > 0 ? "&offset=" + off : "");
        StringBuilder links = new StringBuilder("[").append(link(self + filters, "self"));
        if (page.nextCursor() != null) {
            links.append(',').append(link(base + query(Api.PARAM_CURSOR, page.nextCursor()) + filters, "next"));
        }
        links.append(']');
        String body = "{\"type\":\"FeatureCollection\""
                + (page.numberMatched() == null ? "" : ",\"numberMatched\":" + page.numberMatched())
                + ",\"numberReturned\":" + page.numberReturned()
                + ",\"timeStamp\":\"" + Instant.now() + "\",\"links\":" + links
                + ",\"features\":" + page.featuresJson() + "}";
        return Response.ok(body, Api.GEOJSON).build();
    }

    /**
     * A vector tile of a layer that grows with the corpus (events, places, coordination centres,
     * security gaps), with the filters its items take. 204 when nothing is there; {@code ETag} and
     * {@code If-None-Match} for revalidation.
     */
    @GET
    @Path("/{collectionId}/tiles/WebMercatorQuad/{z}/{x}/{y}")
    @Produces(Api.MVT)
    public Response tile(@PathParam("collectionId") String collectionId, @PathParam("z") String z,
            @PathParam("x") String x, @PathParam("y") String y,
            @QueryParam(Api.PARAM_DATETIME) String datetime,
            @QueryParam(Api.PARAM_KIND) String kind,
            @QueryParam(Api.PARAM_STATUS) String status,
            @jakarta.ws.rs.HeaderParam("If-None-Match") String ifNoneMatch) {
        FeatureLayer source = source(collectionId);
        if (!(source instanceof TiledLayer tiled)) {
            throw ProblemException.notFound("Collection '" + collectionId + "' has no vector tiles.");
        }
        int zoom = tileNumber("z", z, VectorTiles.MAX_ZOOM);
        int col = tileNumber("x", x, (1 << zoom) - 1);
        int row = tileNumber("y", y, (1 << zoom) - 1);
        LayerQuery query = LayerQuery.forTile(asOf(source, datetime),
                option(source, Option.KIND, Api.PARAM_KIND, kind, v -> QueryParams.eventKind(Api.PARAM_KIND, v)),
                status(source, status));
        VectorTiles.Tile t = tiles.tile(tiled, zoom, col, row, query);
        String etag = "\"" + t.etag() + "\"";
        Response.ResponseBuilder r = etag.equals(ifNoneMatch == null ? null : ifNoneMatch.strip())
                ? Response.notModified()
                : t.mvt().length == 0 ? Response.noContent() : Response.ok(t.mvt(), Api.MVT);
        // Shared caches may keep a tile a minute; after that they ask again with the ETag.
        return r.header("ETag", etag).header("Cache-Control", "public, max-age=60").build();
    }

    /** A tile matrix number: a whole number from 0 to max; out of the matrix is 404, not a number 400. */
    private static int tileNumber(String name, String value, int max) {
        if (!value.matches("[0-9]{1,7}")) {
            throw ProblemException.badRequest("Tile " + name + " must be a whole number.");
        }
        int v = Integer.parseInt(value);
        if (v > max) {
            throw ProblemException.notFound("No tile " + name + "=" + v + " (at most " + max + " here).");
        }
        return v;
    }

    private static org.tansiq.events.CentreStatus status(FeatureLayer source, String value) {
        return option(source, Option.STATUS, Api.PARAM_STATUS, value,
                v -> QueryParams.centreStatus(Api.PARAM_STATUS, v));
    }

    private static String link(String href, String rel) {
        return "{\"href\":\"" + href + "\",\"rel\":\"" + rel + "\",\"type\":\"" + Api.GEOJSON + "\"}";
    }

    private static Cursor parseCursor(String value) {
        try {
            return Cursor.parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(Api.PARAM_CURSOR + ": " + e.getMessage() + ".");
        }
    }

    @GET
    @Path("/{collectionId}/items/{featureId}")
    @Produces({Api.GEOJSON, MediaType.APPLICATION_JSON})
    public Response item(@PathParam("collectionId") String collectionId, @PathParam("featureId") String featureId,
            @QueryParam(Api.PARAM_SIMPLIFY) String simplify,
            @QueryParam(Api.PARAM_DATETIME) String datetime,
            @QueryParam(Api.PARAM_RADIUS_KM) String radiusKm) {
        FeatureLayer source = source(collectionId);
        LayerQuery options = LayerQuery.forFeature(simplify(source, simplify), asOf(source, datetime),
                radiusKm(source, radiusKm));
        String feature = source.feature(featureId, options).orElseThrow(() ->
                ProblemException.notFound("No feature '" + featureId + "' in collection '" + collectionId + "'."));
        return Response.ok(feature, Api.GEOJSON).build();
    }

    private FeatureLayer source(String collectionId) {
        return catalogue.find(collectionId)
                .orElseThrow(() -> ProblemException.notFound("No collection '" + collectionId + "'."));
    }

    private static Double simplify(FeatureLayer source, String value) {
        return option(source, Option.SIMPLIFY, Api.PARAM_SIMPLIFY, value,
                v -> QueryParams.decimalIn(Api.PARAM_SIMPLIFY, v, 0, Api.MAX_SIMPLIFY));
    }

    private static LocalDate asOf(FeatureLayer source, String value) {
        return option(source, Option.DATETIME, Api.PARAM_DATETIME, value, v -> QueryParams.date(Api.PARAM_DATETIME, v));
    }

    private static Double radiusKm(FeatureLayer source, String value) {
        return option(source, Option.RADIUS, Api.PARAM_RADIUS_KM, value,
                v -> QueryParams.decimalIn(Api.PARAM_RADIUS_KM, v, 0, Api.MAX_RADIUS_KM));
    }

    /** A layer-specific parameter parsed, or null when absent or empty (as bbox); 400 when the layer does not take it. */
    private static <T> T option(FeatureLayer source, Option option, String name, String value,
            Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!source.options().contains(option)) {
            throw ProblemException.badRequest("Collection '" + source.id() + "' takes no parameter '" + name + "'.");
        }
        return parse.apply(value);
    }

    private static Map<String, Object> describe(FeatureLayer layer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", layer.id());
        LayerDescription d = layer.description();
        m.put("title", d.title());
        m.put("description", d.description());
        m.put("itemType", "feature");
        m.put("geometryType", d.geometryType());
        m.put("crs", List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84"));
        m.put("attribution", d.attribution());
        List<Map<String, Object>> links = new ArrayList<>(List.of(
                link("/api/collections/" + layer.id(), "self", MediaType.APPLICATION_JSON),
                link("/api/collections/" + layer.id() + "/items", "items", Api.GEOJSON)));
        if (layer instanceof TiledLayer) {
            Map<String, Object> tilesLink = new LinkedHashMap<>(link("/api/collections/" + layer.id()
                    + "/tiles/WebMercatorQuad/{z}/{x}/{y}", "http://www.opengis.net/def/rel/ogc/1.0/tiles-vector", Api.MVT));
            tilesLink.put("templated", true);
            tilesLink.put("title", "Mapbox vector tiles (WebMercatorQuad), zoom 0-" + VectorTiles.MAX_ZOOM
                    + ", with the items' filters");
            links.add(tilesLink);
        }
        m.put("links", links);
        return m;
    }

    private static Map<String, Object> link(String href, String rel, String type) {
        return Map.of("href", href, "rel", rel, "type", type);
    }

    private static BBox parseBBox(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        try {
            return BBox.parse(bbox);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    private static String query(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "=" + java.net.URLEncoder.encode(value.strip(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
