package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * Reported security gaps as areas. Each place a gap report names stands for the smallest COD-AB
 * unit that holds it: its sub-district, else its district; a place that is itself a district or
 * a governorate stands for itself. The unit is clipped to the disputed territories when its
 * interior meets them, and kept whole when it lies outside. A report that names no place, or only
 * a country or a region, is about the areas between the lines in general and maps to the disputed
 * territories (feature id {@value #GENERAL}). One feature per area, however many reports; a
 * report naming two places in one unit counts once. Places with no unit (outside Iraq) are left
 * out. The areas, their clipped polygons and their counts are kept at ingestion ({@code gap_area},
 * {@code gap_report}); a feature lists its latest reports.
 */
@ApplicationScoped
public class SecurityGapsLayer implements TiledLayer {

    public static final String ID = "security-gaps";
    /** The feature of the reports about the disputed territories in general. */
    public static final String GENERAL = DisputedTerritoriesLayer.ID;

    private static final String FEATURE = """
            json_build_object(
                'type', 'Feature', 'id', g.id,
                'geometry', ST_AsGeoJSON(%s, 6)::json,
                'properties', json_build_object(
                    'pcode', CASE WHEN g.level IS NOT NULL THEN g.id END, 'level', g.level,
                    'name', g.name, 'nameEn', g.name_en, 'clippedToDisputedTerritories', g.clipped,
                    'places', coalesce(pl.places, '[]'), 'reports', g.reports,
                    'firstReport', g.first_date, 'lastReport', g.last_date,
                    'quotes', r.quotes, 'articles', r.articles, 'sources', r.sources))
            """;
    /** The area and its latest reports, read backwards from their index, with the sources stored beside them. */
    private static final String FROM = """
             FROM gap_area g
            LEFT JOIN LATERAL (
                SELECT array_agg(DISTINCT x.source ->> 'quote') AS quotes,
                       array_agg(DISTINCT (x.source ->> 'articleId')::bigint) AS articles,
                       json_agg(x.source ORDER BY x.day NULLS LAST, x.published_at NULLS LAST, x.event_id) AS sources
                FROM (SELECT gr.event_id, gr.day, gr.published_at, gr.source FROM gap_report gr WHERE gr.gap_id = g.id
                      ORDER BY gr.day DESC NULLS FIRST, gr.published_at DESC NULLS FIRST, gr.event_id DESC LIMIT ?) x) r ON true
            LEFT JOIN LATERAL (
                SELECT json_agg(json_build_object('placeId', q.id, 'name', coalesce(q.name_ar, q.name),
                                                  'nameEn', q.name_en) ORDER BY q.id) AS places
                FROM place q WHERE q.id IN (
                    SELECT unnest(y.places) FROM (
                        SELECT gr.places FROM gap_report gr WHERE gr.gap_id = g.id
                        ORDER BY gr.day DESC NULLS FIRST, gr.published_at DESC NULLS FIRST, gr.event_id DESC
                        LIMIT ?) y)) pl ON true
            WHERE g.geom IS NOT NULL""";
    private static final Keyset ORDER = new Keyset("json_build_array(g.id)", "g.id", "g.id > ?");

    private final AgroalDataSource dataSource;

    SecurityGapsLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LayerDescription description() {
        return new LayerDescription(5, "Reported security gaps",
                "Areas where the stored articles report a security vacuum: for each place a report"
                        + " names, the smallest administrative unit holding it (sub-district, else district),"
                        + " clipped to the disputed territories where it lies in them; reports naming no place"
                        + " map to the disputed territories (feature `" + SecurityGapsLayer.GENERAL + "`). With"
                        + " the number of reports, first and last report date, quotes and articles.",
                "MultiPolygon", LayerCatalogue.EVENTS_ATTRIBUTION + "; " + LayerCatalogue.ADMIN_BOUNDARIES);
    }

    @Override
    public Set<Option> options() {
        return Set.of(Option.SIMPLIFY);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        Sql bbox = FeatureQueries.bboxFilter("g.geom", query.bbox());
        return FeatureQueries.page(dataSource, feature(query.simplify()), from().then(bbox),
                Sql.of(" FROM gap_area g WHERE g.geom IS NOT NULL").then(bbox), ORDER, query,
                FeatureQueries.Count.EXACT);
    }

    /** The areas, clipped and simplified to the tile by PostGIS; ids are p-codes, so a property, not the MVT id. */
    @Override
    public Sql tileFeatures(LayerQuery query) {
        return Sql.of("""
                SELECT g.id, ST_AsMVTGeom(ST_Transform(g.geom, 3857), env.e, 4096, 64, true) AS geom,
                       g.name, g.name_en AS "nameEn", g.level, g.reports, g.first_date::text AS "firstReport",
                       g.last_date::text AS "lastReport"
                FROM gap_area g, env
                WHERE g.geom && env.m""");
    }

    @Override
    public String tileParams(LayerQuery query) {
        return "";
    }

    @Override
    public boolean tileFeatureIds() {
        return false;
    }

    @Override
    public Optional<String> feature(String id, Double simplify) {
        return FeatureQueries.one(dataSource, Sql.format("SELECT (%s)::text", feature(simplify)).then(from())
                .then(" AND g.id = ?", id));
    }

    private static Sql feature(Double simplify) {
        return Sql.of(FEATURE).replace("%s", FeatureQueries.geometry("g.geom", simplify));
    }

    private static Sql from() {
        return Sql.of(FROM, FeatureQueries.LIST_CAP, FeatureQueries.LIST_CAP);
    }
}
