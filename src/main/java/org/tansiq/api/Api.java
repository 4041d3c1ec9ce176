package org.tansiq.api;

/** Protocol vocabulary in one place: media types, parameter names, limits. */
public final class Api {

    public static final String GEOJSON = "application/geo+json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String MVT = "application/vnd.mapbox-vector-tile";
    /** Newline-delimited JSON: one article object a line (bulk ingestion). */
    public static final String NDJSON = "application/x-ndjson";

    public static final String PARAM_BBOX = "bbox";
    public static final String PARAM_LIMIT = "limit";
    public static final String PARAM_OFFSET = "offset";
    /** Where a page starts: the token of the previous page's {@code next} link. */
    public static final String PARAM_CURSOR = "cursor";
    /** admin-areas: 1 governorates, 2 districts, 3 sub-districts. */
    public static final String PARAM_LEVEL = "level";
    /** Polygon layers: simplification tolerance in degrees (ST_SimplifyPreserveTopology), for light outlines. */
    public static final String PARAM_SIMPLIFY = "simplify";

    /** coordination-centres, uncovered-areas: the date statuses are taken at (ISO date or date-time). */
    public static final String PARAM_DATETIME = "datetime";
    /** uncovered-areas: how far a centre's coordination reaches, in km. */
    public static final String PARAM_RADIUS_KM = "radiusKm";
    /** coordination-centres: centres of one status as of the date. */
    public static final String PARAM_STATUS = "status";
    /** events: one kind of event. */
    public static final String PARAM_KIND = "kind";
    /** geoparse: also extract events. */
    public static final String PARAM_EVENTS = "events";

    public static final int DEFAULT_LIMIT = 1000;
    /**
     * Articles in one bulk POST /api/articles at most: the answer lists every one, and the
     * request holds them all in memory (the body itself is limited to 2 MB, BodySizeGuard).
     */
    public static final int MAX_BULK_ITEMS = 1000;
    public static final int MAX_LIMIT = 10_000;
    /**
     * Skipping rows costs as many rows as are skipped; past this, pages follow the {@code next}
     * link's cursor, which costs the same at any depth.
     */
    public static final int MAX_OFFSET = 10_000;
    /** A degree is about 100 km here; past that, outlines say nothing. */
    public static final double MAX_SIMPLIFY = 1.0;
    /** Past a few hundred km a disc covers the whole of the disputed territories. */
    public static final double MAX_RADIUS_KM = 500;

    /** Problem type URIs (RFC 9457); relative, resolved against the server. */
    public static final String TYPE_BAD_REQUEST = "/problems/bad-request";
    public static final String TYPE_NOT_FOUND = "/problems/not-found";
    public static final String TYPE_UNAUTHORIZED = "/problems/unauthorized";
    public static final String TYPE_TOO_LARGE = "/problems/payload-too-large";
    public static final String TYPE_TOO_MANY = "/problems/too-many-requests";
    public static final String TYPE_INTERNAL = "/problems/internal-error";
    public static final String TYPE_HTTP = "about:blank";

    private Api() {
    }
}
