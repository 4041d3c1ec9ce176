package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The places layer: every gazetteer place at least one stored article mentions, with how often
 * and where. The counts are kept at ingestion ({@code place_mention}); a page reads them in place
 * id order.
 */
@ApplicationScoped
public class PlacesLayer implements TiledLayer {

    public static final String ID = "places";

    private static final Sql FEATURE = Sql.of("""
            json_build_object(
                'type', 'Feature', 'id', p.id,
                'geometry', ST_AsGeoJSON(p.geom, 6)::json,
                'properties', json_build_object(
                    'name', coalesce(p.name_ar, p.name), 'nameEn', p.name_en,
                    'mentions', pm.mentions,
                    'articles', (SELECT coalesce(array_agg(x.article_id ORDER BY x.article_id), '{}')
                                 FROM (SELECT DISTINCT m.article_id FROM mention m WHERE m.place_id = p.id
                                       ORDER BY m.article_id DESC LIMIT ?) x),
                    'articleCount', pm.articles, 'surfaces', pm.surfaces,
                    'confidence', round((pm.confidence_sum / pm.mentions)::numeric, 3),
                    'featureClass', p.feature_class, 'featureCode', p.feature_code,
                    'countryCode', p.country_code, 'population', p.population,
                    'source', p.source, 'sourceId', p.source_id,
                    'geonamesId', CASE WHEN p.source = 'geonames' THEN p.source_id::bigint END))
            """, FeatureQueries.LIST_CAP);
    private static final String FROM = " FROM place_mention pm JOIN place p ON p.id = pm.place_id WHERE true";
    private static final Keyset ORDER = new Keyset("json_build_array(pm.place_id)", "pm.place_id",
            "pm.place_id > ?::bigint");

    private final AgroalDataSource dataSource;

    PlacesLayer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LayerDescription description() {
        return new LayerDescription(0, "Places named in the articles",
                "Every gazetteer place that at least one stored article mentions, with the number of"
                        + " mentions, the articles and the spellings used.",
                "Point", LayerCatalogue.ATTRIBUTION);
    }

    @Override
    public FeaturePage items(LayerQuery query) {
        Sql rows = Sql.of(" FROM place_mention pm WHERE true").then(query.bbox() == null ? Sql.EMPTY
                : Sql.of(" AND pm.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)", query.bbox().minLon(),
                        query.bbox().minLat(), query.bbox().maxLon(), query.bbox().maxLat()));
        return FeatureQueries.pageOf(dataSource, FEATURE, "pm", rows, " JOIN place p ON p.id = pm.place_id", ORDER,
                query, FeatureQueries.Count.WHEN_ON_ONE_PAGE);
    }

    @Override
    public Sql tileFeatures(LayerQuery query) {
        return Sql.of("""
                SELECT pm.place_id AS fid, pm.place_id AS id,
                       ST_AsMVTGeom(ST_Transform(pm.geom, 3857), env.e, 4096, 64, true) AS geom,
                       coalesce(p.name_ar, p.name) AS name, p.name_en AS "nameEn", pm.mentions,
                       pm.articles AS "articleCount", p.feature_code AS "featureCode"
                FROM place_mention pm JOIN place p ON p.id = pm.place_id, env
                WHERE pm.geom && env.m""");
    }

    @Override
    public String tileParams(LayerQuery query) {
        return "";
    }

    /** Places are points: there is nothing to simplify. Ids are place ids; anything else names no place. */
    @Override
    public Optional<String> feature(String id, Double simplify) {
        long placeId;
        try {
            placeId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return FeatureQueries.one(dataSource, Sql.format("SELECT (%s)::text", FEATURE).then(FROM + " AND p.id = ?",
                placeId));
    }
}
