package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Vector tiles of the layers that grow with the corpus, made by PostGIS ({@code ST_AsMVT}) and
 * kept in {@code tile_cache}, which every instance shares and ingestion invalidates where it
 * writes (V7__vector_tiles.sql). A tile's ETag is the MD5 of its bytes.
 */
@ApplicationScoped
public class VectorTiles {

    /** The deepest zoom served (tansiq_max_zoom() in the database, which invalidates up to it). */
    public static final int MAX_ZOOM = 22;
    /** Tile extent and buffer, in tile units: PostGIS's defaults. */
    static final int EXTENT = 4096;
    static final int BUFFER = 64;

    private final AgroalDataSource dataSource;

    VectorTiles(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A tile: its Mapbox Vector Tile bytes (empty when nothing is there) and its ETag. */
    public record Tile(byte[] mvt, String etag) {
    }

    public Tile tile(TiledLayer layer, int z, int x, int y, LayerQuery query) {
        String params = layer.tileParams(query);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT mvt, etag FROM tile_cache WHERE layer = ? AND z = ? AND x = ? AND y = ? AND params = ?")) {
                bindKey(ps, layer.id(), z, x, y, params);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return new Tile(rs.getBytes(1), rs.getString(2));
                    }
                }
            }
            long generation;
            try (PreparedStatement ps = c.prepareStatement("SELECT generation FROM tile_generation WHERE layer = ?")) {
                ps.setString(1, layer.id());
                try (ResultSet rs = ps.executeQuery()) {
                    generation = rs.next() ? rs.getLong(1) : -1;
                }
            }
            Sql sql = Sql.of("WITH env AS (SELECT ST_TileEnvelope(?, ?, ?) AS e,"
                    + " ST_Transform(ST_TileEnvelope(?, ?, ?, margin => ?), 4326) AS m),"
                    + " feats AS (", z, x, y, z, x, y, (double) BUFFER / EXTENT)
                    .then(layer.tileFeatures(query))
                    .then(") SELECT ST_AsMVT(feats.*, ?, " + EXTENT + ", 'geom'"
                            + (layer.tileFeatureIds() ? ", 'fid'" : "") + ") FROM feats", layer.id());
            byte[] mvt;
            try (PreparedStatement ps = FeatureQueries.prepare(c, sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                mvt = rs.getBytes(1);
            }
            if (mvt == null) {
                mvt = new byte[0];
            }
            String etag = md5(mvt);
            // Kept only if no ingest dropped this layer's tiles meanwhile: else it may be stale already.
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tile_cache (layer, z, x, y, params, etag, mvt)"
                    + " SELECT ?, ?, ?, ?, ?, ?, ? FROM tile_generation WHERE layer = ? AND generation = ?"
                    + " ON CONFLICT DO NOTHING")) {
                bindKey(ps, layer.id(), z, x, y, params);
                ps.setString(6, etag);
                ps.setBytes(7, mvt);
                ps.setString(8, layer.id());
                ps.setLong(9, generation);
                ps.executeUpdate();
            }
            return new Tile(mvt, etag);
        } catch (SQLException e) {
            throw new IllegalStateException("tile query failed: " + e.getMessage(), e);
        }
    }

    private static void bindKey(PreparedStatement ps, String layer, int z, int x, int y, String params)
            throws SQLException {
        ps.setString(1, layer);
        ps.setInt(2, z);
        ps.setInt(3, x);
        ps.setInt(4, y);
        ps.setString(5, params);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
