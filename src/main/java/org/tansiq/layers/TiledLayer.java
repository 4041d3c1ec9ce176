package org.tansiq.layers;

/**
 * A layer that also answers as Mapbox vector tiles in the WebMercatorQuad tile matrix set, with
 * the same filters as its items. {@link VectorTiles} wraps the features in {@code ST_AsMVT} and
 * caches the tile.
 */
public interface TiledLayer extends FeatureLayer {

    /**
     * The tile's features: a query over the tile envelope {@code env.e} (EPSG:3857) and its
     * envelope with the buffer, {@code env.m} (EPSG:4326, for the spatial index), giving a column
     * {@code geom} made by {@code ST_AsMVTGeom(..., env.e, 4096, 64, true)}, an integer
     * {@code fid} when features have one, and the properties.
     */
    Sql tileFeatures(LayerQuery query);

    /** The query's filters, canonical: the tile cache's key beside the layer and the tile. */
    String tileParams(LayerQuery query);

    /** Whether {@link #tileFeatures} gives an integer {@code fid} column (the MVT feature id). */
    default boolean tileFeatureIds() {
        return true;
    }
}
