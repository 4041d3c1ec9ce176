package org.tansiq.gazetteer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.tansiq.text.Sha256;

/**
 * Loads gazetteer files into {@code place} with COPY (a staging table, then one
 * insert-or-update), once per file content: {@code dataset_load} remembers each file's SHA-256,
 * so a restart with the same files loads nothing. Every source goes the same way: GeoNames
 * dumps, COD-AB boundaries (with their polygons), Who's On First, the curated supplement.
 */
@ApplicationScoped
public class GazetteerLoader {

    private static final Logger LOG = Logger.getLogger(GazetteerLoader.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Countries a source other than the world list holds (the curated ones), by ISO alpha-2 code. */
    private static final String COUNTRIES_HELD_ELSEWHERE = """
            SELECT DISTINCT country_code FROM place
            WHERE feature_code IN ('PCLI', 'PCLD') AND source <> 'world' AND country_code IS NOT NULL
            """;
    /** Countries whose first-level divisions are COD-AB units (Iraq). */
    private static final String COUNTRIES_WITH_UNITS =
            "SELECT DISTINCT country_code FROM place WHERE source = 'codab' AND country_code IS NOT NULL";
    /** One-word keys of GeoNames places, by country ({@code SY:حمص}). */
    private static final String ONE_WORD_TOWN_KEYS = """
            SELECT DISTINCT p.country_code || ':' || k FROM place p, unnest(p.names_norm) k
            WHERE p.source = 'geonames' AND p.country_code IS NOT NULL AND position(' ' IN k) = 0
            """;
    /** The keys of the places a division abroad may not take a name from. */
    private static final String KEYS_OF_OTHER_SOURCES = """
            SELECT DISTINCT k FROM place p, unnest(p.names_norm) k
            WHERE p.source IN ('codab', 'curated', 'world', 'region')
            """;

    /**
     * Inserts new places, refreshes changed ones; alias rows whose target exists are left to the
     * merge. An area's place gets a point on its surface as its point. A region's area arrives as
     * a GeometryCollection of its members' outlines: they are simplified to about 1 km and
     * unioned, and the region keeps the point its reader chose.
     */
    private static final String UPSERT = """
            INSERT INTO place (name, name_ar, name_en, names, names_norm, feature_class, feature_code, population,
                               country_code, admin1_code, admin2_code, source, source_id, area, geom,
                               adm1_pcode, adm2_pcode, adm3_pcode)
            SELECT s.name, s.name_ar, s.name_en,
                   coalesce(string_to_array(s.names, E'\\x1f'), '{}'),
                   coalesce(string_to_array(s.names_norm, E'\\x1f'), '{}'),
                   s.feature_class, s.feature_code, s.population, s.country_code, s.admin1_code, s.admin2_code,
                   s.source, s.source_id, a.area,
                   CASE WHEN a.union_of_members THEN ST_SetSRID(ST_MakePoint(s.lon, s.lat), 4326)
                        ELSE coalesce(ST_PointOnSurface(a.area), ST_SetSRID(ST_MakePoint(s.lon, s.lat), 4326)) END,
                   s.adm1_pcode, s.adm2_pcode, s.adm3_pcode
            FROM place_stage s
            CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_GeomFromGeoJSON(s.area), 4326) AS g) r
            CROSS JOIN LATERAL (SELECT coalesce(GeometryType(r.g) = 'GEOMETRYCOLLECTION', false) AS members) c
            CROSS JOIN LATERAL (SELECT c.members AS union_of_members,
                   CASE WHEN c.members
                        THEN ST_Multi(ST_CollectionExtract(ST_UnaryUnion(ST_MakeValid(
                                 ST_SimplifyPreserveTopology(r.g, 0.01))), 3))
                        ELSE ST_Multi(r.g) END AS area) a
            WHERE s.alias_of IS NULL
               OR NOT EXISTS (SELECT 1 FROM place p WHERE p.source = s.alias_source AND p.source_id = s.alias_of)
            ON CONFLICT (source, source_id) DO UPDATE SET
                name = excluded.name, name_ar = excluded.name_ar, name_en = excluded.name_en,
                names = excluded.names, names_norm = excluded.names_norm,
                feature_class = excluded.feature_class, feature_code = excluded.feature_code,
                population = excluded.population, country_code = excluded.country_code,
                admin1_code = excluded.admin1_code, admin2_code = excluded.admin2_code,
                area = excluded.area, geom = excluded.geom,
                adm1_pcode = coalesce(excluded.adm1_pcode, place.adm1_pcode),
                adm2_pcode = coalesce(excluded.adm2_pcode, place.adm2_pcode),
                adm3_pcode = coalesce(excluded.adm3_pcode, place.adm3_pcode)
            """;

    /**
     * An alias row's spellings join its target's names instead of making a twin. Curated rows
     * choose the target's display names; others only fill a missing one.
     */
    private static final String MERGE_ALIASES = """
            UPDATE place p SET
                names = ARRAY(SELECT DISTINCT unnest(p.names || coalesce(string_to_array(s.names, E'\\x1f'), '{}'))),
                names_norm = ARRAY(SELECT DISTINCT unnest(p.names_norm
                                   || coalesce(string_to_array(s.names_norm, E'\\x1f'), '{}'))),
                name_ar = CASE WHEN s.alias_display THEN coalesce(s.name_ar, p.name_ar)
                               ELSE coalesce(p.name_ar, s.name_ar) END,
                name_en = CASE WHEN s.alias_display THEN coalesce(s.name_en, p.name_en)
                               ELSE coalesce(p.name_en, s.name_en) END
            FROM place_stage s
            WHERE s.alias_of IS NOT NULL AND p.source = s.alias_source AND p.source_id = s.alias_of
            """;

    /**
     * Alias rows loaded earlier as places of their own, because their target was missing then
     * (a Who's On First village before GeoNames' IQ.txt, a curated governorate before COD-AB),
     * whose target is there now: their mentions move to the target and they go.
     */
    private static final String FIND_TWINS = """
            CREATE TEMP TABLE place_twin ON COMMIT DROP AS
            SELECT t.id AS twin, p.id AS target
            FROM place_stage s
            JOIN place p ON p.source = s.alias_source AND p.source_id = s.alias_of
            JOIN place t ON t.source = s.source AND t.source_id = s.source_id
            WHERE s.alias_of IS NOT NULL AND t.id <> p.id
            """;
    private static final String MOVE_TWIN_MENTIONS =
            "UPDATE mention m SET place_id = w.target FROM place_twin w WHERE m.place_id = w.twin";
    private static final String DELETE_TWINS = "DELETE FROM place p USING place_twin w WHERE p.id = w.twin";

    /**
     * Keys a Who's On First village may not take (see {@link ReservedKeys}): those of cities of
     * 10,000 or more and of administrative seats (cities500 gives many Iraqi seats no
     * population), of COD-AB units and of curated places. The last column says whether the
     * owner leaves the key to a seat town inside a unit of that name: only districts and
     * sub-districts do, and places abroad (India's Amreli does not make Iraq's Amerli a village).
     */
    private static final String RESERVED_KEYS = """
            SELECT DISTINCT k, CASE WHEN p.source = 'geonames' THEN p.source_id END,
                   (p.source = 'codab' AND p.feature_code IN ('ADM2', 'ADM3')) OR p.country_code <> 'IQ'
            FROM place p, unnest(p.names_norm) k
            WHERE p.source IN ('codab', 'curated')
               OR (p.source = 'geonames'
                   AND (p.population >= 10000 OR p.feature_code IN ('PPLC', 'PPLA', 'PPLA2', 'PPLA3')))
            """;

    /**
     * The districts and sub-districts, with outlines simplified to about 100 m: enough to tell
     * whether a town lies in the unit it is named after.
     */
    private static final String UNIT_AREAS = """
            SELECT feature_code, ST_AsBinary(ST_SimplifyPreserveTopology(area, 0.001)), names_norm
            FROM place WHERE source = 'codab' AND feature_code IN ('ADM2', 'ADM3') AND area IS NOT NULL
            """;

    /** The COD-AB polygons cut into small pieces, so that point-in-polygon tests stay cheap. */
    private static final String UNIT_PIECES = """
            CREATE TEMP TABLE unit_piece ON COMMIT DROP AS
            SELECT source_id AS pcode, feature_code AS level, ST_Subdivide(area, 64) AS piece
            FROM place WHERE source = 'codab' AND area IS NOT NULL;
            CREATE INDEX ON unit_piece USING gist (piece);
            ANALYZE unit_piece
            """;

    /**
     * Each place in Iraq gets the governorate, district and sub-district that cover its point,
     * and, when it has none (Who's On First's), the GeoNames admin1 code of that governorate.
     * Not areas (feature class A or L: the country, the Kurdistan Region): their point says
     * nothing about which units they lie in.
     * A point on a border is covered by both units: the lowest p-code wins, which keeps the
     * three levels consistent since p-codes extend their parent's (IQG13 < IQG13Q04 <
     * IQG13Q04N06). One statement, so each place is written once, and only when a code changed.
     */
    private static final String ASSIGN_UNITS = """
            UPDATE place p SET adm1_pcode = j.adm1, adm2_pcode = j.adm2, adm3_pcode = j.adm3,
                               admin1_code = coalesce(p.admin1_code, m.admin1)
            FROM (SELECT q.id, %s, %s, %s
                  FROM place q
                  WHERE q.country_code = 'IQ' AND q.source <> 'codab'
                    AND coalesce(q.feature_class, '') NOT IN ('A', 'L')) j
            LEFT JOIN (VALUES %s) m (pcode, admin1) ON m.pcode = j.adm1
            WHERE p.id = j.id
              AND (p.adm1_pcode, p.adm2_pcode, p.adm3_pcode, p.admin1_code)
                  IS DISTINCT FROM (j.adm1, j.adm2, j.adm3, coalesce(p.admin1_code, m.admin1))
            """.formatted(unitCovering(1), unitCovering(2), unitCovering(3), AdminCodes.sqlValues());

    private static String unitCovering(int level) {
        return "(SELECT u.pcode FROM unit_piece u WHERE u.level = 'ADM" + level + "' AND ST_Covers(u.piece, q.geom)"
                + " ORDER BY u.pcode LIMIT 1) AS adm" + level;
    }

    private final AgroalDataSource dataSource;

    GazetteerLoader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Loads a GeoNames dump unless this exact file content was loaded before. */
    public LoadResult loadGeoNames(Path file) {
        String dataset = "geonames:" + file.getFileName();
        return load(dataset, Sha256.hex(file), false, c -> sink -> {
            int malformed = GeoNamesDumpReader.read(file, r -> sink.accept(GeoNamesEntries.toEntry(r)));
            if (malformed > 0) {
                LOG.warnf("%s: skipped %d malformed lines", file, malformed);
            }
        });
    }

    /** Loads one level of COD-AB boundaries (a GeoJSON file) unless it was loaded before. */
    public LoadResult loadAdminBoundaries(Path file) {
        String dataset = "codab:" + file.getFileName();
        return load(dataset, Sha256.hex(file), false, c -> sink -> {
            try (InputStream in = Files.newInputStream(file)) {
                AdminBoundariesReader.read(in).forEach(sink);
            }
        });
    }

    /**
     * Loads the Who's On First extract; {@code force} loads it again after the places whose keys
     * it may not take, or the places it extends, changed.
     */
    public LoadResult loadWhosOnFirst(Path file, boolean force) {
        String dataset = "wof:" + file.getFileName();
        // The reader's rules decide which keys a village gets: when they change, the same file loads again.
        String checksum = Sha256.hex(Sha256.hex(file) + "/" + WhosOnFirstReader.RULES_VERSION);
        return load(dataset, checksum, force, c -> {
            ReservedKeys reserved = reservedKeys(c);
            WhosOnFirstReader.Result read;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read = WhosOnFirstReader.read(in, reserved, WhosOnFirstReader.personNameWords());
            }
            LOG.infof("Who's On First: %d rows kept, skipped %s; keys withheld: %d of other places (of %d"
                    + " reserved), %d that read as people's names; %d seat towns keep their unit's name",
                    read.entries().size(), read.skipped(), read.keysWithheld(), reserved.size(),
                    read.personNameKeys(), read.seats());
            return sink -> read.entries().forEach(sink);
        });
    }

    /**
     * Loads the world's countries ({@link WorldCountriesReader}); {@code force} loads them again
     * after another source changed which countries it holds.
     */
    public LoadResult loadWorldCountries(Path file, boolean force) {
        String dataset = WorldCountriesReader.SOURCE + ":" + file.getFileName();
        String checksum = Sha256.hex(Sha256.hex(file) + "/" + WorldCountriesReader.RULES_VERSION);
        return load(dataset, checksum, force, c -> {
            Set<String> held = strings(c, COUNTRIES_HELD_ELSEWHERE);
            List<GazetteerEntry> entries = WorldCountriesReader.read(file, held, JSON);
            LOG.infof("World countries: %d read, %d left to the sources that hold them (%s)", entries.size(),
                    held.size(), String.join(" ", new TreeSet<>(held)));
            return sink -> entries.forEach(sink);
        });
    }

    /**
     * Loads the world's continents and regions ({@link WorldRegionsReader}) from CLDR, the curated
     * regions file and the world-countries outlines, unless none of them changed.
     */
    public LoadResult loadWorldRegions(Path packages, byte[] curated, Path countries) {
        String dataset = WorldRegionsReader.SOURCE + ":cldr";
        String checksum = Sha256.hex(String.join("/", Sha256.hex(packages.resolve(WorldRegionsReader.CONTAINMENT)),
                Sha256.hex(packages.resolve(WorldRegionsReader.ARABIC)),
                Sha256.hex(packages.resolve(WorldRegionsReader.ENGLISH)), Sha256.hex(curated), Sha256.hex(countries),
                WorldRegionsReader.RULES_VERSION));
        return load(dataset, checksum, false, c -> {
            List<GazetteerEntry> entries = WorldRegionsReader.read(packages,
                    new InputStreamReader(new ByteArrayInputStream(curated), StandardCharsets.UTF_8), countries, JSON);
            LOG.infof("World regions: %d continents and regions", entries.size());
            return sink -> entries.forEach(sink);
        });
    }

    /**
     * Loads the first-level divisions of the world's countries ({@link SubdivisionsReader});
     * {@code force} loads them again after a source whose keys they leave alone changed.
     */
    public LoadResult loadSubdivisions(Path packages, boolean force) {
        String dataset = SubdivisionsReader.SOURCE + ":iso3166-2";
        String checksum = Sha256.hex(String.join("/", Sha256.hex(packages.resolve(SubdivisionsReader.NAMES_PACKAGE)),
                Sha256.hex(packages.resolve(SubdivisionsReader.POINTS_PACKAGE)), SubdivisionsReader.RULES_VERSION));
        return load(dataset, checksum, force, c -> {
            Set<String> held = strings(c, COUNTRIES_WITH_UNITS);
            Set<String> reserved = strings(c, KEYS_OF_OTHER_SOURCES);
            Set<String> towns = strings(c, ONE_WORD_TOWN_KEYS);
            SubdivisionsReader.Result read = SubdivisionsReader.read(packages, held, reserved, towns,
                    WhosOnFirstReader.personNameWords(), JSON);
            LOG.infof("Subdivisions: %d read, %d without a point in the other package, %d keys left to places of"
                    + " other sources; countries left to their own units: %s", read.entries().size(), read.unmatched(),
                    read.keysLeftToOthers(), String.join(" ", new TreeSet<>(held)));
            return sink -> read.entries().forEach(sink);
        });
    }

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Loads curated entries; {@code force} re-applies them after the places they extend reloaded. */
    public LoadResult loadCurated(String dataset, byte[] content, List<GazetteerEntry> entries, boolean force) {
        return load(dataset, Sha256.hex(content), force, c -> sink -> entries.forEach(sink));
    }

    /**
     * Gives every place in Iraq the COD-AB governorate, district and sub-district that cover
     * its point, and a GeoNames admin1 code where it has none. Run after any load that changed
     * the gazetteer; returns how many places changed.
     */
    public int assignAdminUnits() {
        long started = System.nanoTime();
        int changed;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute(UNIT_PIECES);
            changed = st.executeUpdate(ASSIGN_UNITS);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("assigning administrative units failed: " + e.getMessage(), e);
        }
        LOG.infof("Gazetteer: COD-AB units assigned to %d places in %d ms", changed,
                (System.nanoTime() - started) / 1_000_000);
        return changed;
    }

    /**
     * A source's entries: {@code prepare} may query the database (before COPY starts, since a
     * connection in COPY runs nothing else), then the entries are written to the staging table.
     */
    @FunctionalInterface
    private interface EntrySource {
        Entries prepare(Connection c) throws SQLException, IOException;
    }

    @FunctionalInterface
    private interface Entries {
        void writeTo(Consumer<GazetteerEntry> sink) throws IOException;
    }

    private LoadResult load(String dataset, String checksum, boolean force, EntrySource entries) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (!force && checksum.equals(loadedChecksum(c, dataset))) {
                c.rollback();
                LOG.infof("Gazetteer: %s unchanged since it was loaded, not reloaded", dataset);
                return LoadResult.skipped(dataset);
            }
            Entries staged = entries.prepare(c);
            try (Statement st = c.createStatement()) {
                st.execute(PlaceCopyWriter.STAGE_TABLE);
            }
            int rows;
            PGConnection pg = c.unwrap(PGConnection.class);
            try (PlaceCopyWriter writer = new PlaceCopyWriter(pg.getCopyAPI()
                    .copyIn("COPY place_stage (" + PlaceCopyWriter.COLUMNS + ") FROM STDIN"))) {
                staged.writeTo(writer::write);
                rows = writer.rows();
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate(UPSERT);
                st.executeUpdate(MERGE_ALIASES);
                st.execute(FIND_TWINS);
                st.executeUpdate(MOVE_TWIN_MENTIONS);
                int twins = st.executeUpdate(DELETE_TWINS);
                if (twins > 0) {
                    LOG.infof("Gazetteer: %d places of %s merged into the places they name", twins, dataset);
                }
            }
            recordLoad(c, dataset, checksum, rows);
            c.commit();
            LoadResult result = new LoadResult(dataset, rows, false, (System.nanoTime() - started) / 1_000_000);
            LOG.infof("Gazetteer: loaded %d rows of %s in %d ms", rows, dataset, result.millis());
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("loading " + dataset + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("loading " + dataset, e);
        }
    }

    private static ReservedKeys reservedKeys(Connection c) throws SQLException {
        Map<String, Set<String>> owners = new HashMap<>();
        Set<String> notOnlyUnits = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(RESERVED_KEYS)) {
            while (rs.next()) {
                Set<String> ids = owners.computeIfAbsent(rs.getString(1), k -> new HashSet<>(2));
                if (rs.getString(2) != null) {
                    ids.add(rs.getString(2));
                }
                if (!rs.getBoolean(3)) {
                    notOnlyUnits.add(rs.getString(1));
                }
            }
        }
        Map<String, List<ReservedKeys.Unit>> units = new HashMap<>();
        org.locationtech.jts.io.WKBReader wkb = new org.locationtech.jts.io.WKBReader();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(UNIT_AREAS)) {
            while (rs.next()) {
                ReservedKeys.Unit unit = new ReservedKeys.Unit(rs.getString(1).strip(), wkb.read(rs.getBytes(2)));
                for (Object k : (Object[]) rs.getArray(3).getArray()) {
                    if (!notOnlyUnits.contains((String) k)) {
                        units.computeIfAbsent((String) k, x -> new java.util.ArrayList<>(1)).add(unit);
                    }
                }
            }
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException("reading a unit's outline: " + e.getMessage(), e);
        }
        return new ReservedKeys(owners, units);
    }

    private static String loadedChecksum(Connection c, String dataset) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT checksum FROM dataset_load WHERE dataset = ?")) {
            ps.setString(1, dataset);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void recordLoad(Connection c, String dataset, String checksum, int rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dataset_load (dataset, checksum, row_count) VALUES (?, ?, ?)
                ON CONFLICT (dataset) DO UPDATE SET checksum = excluded.checksum, row_count = excluded.row_count,
                    loaded_at = now()
                """)) {
            ps.setString(1, dataset);
            ps.setString(2, checksum);
            ps.setInt(3, rows);
            ps.executeUpdate();
        }
    }

    /** What one load did. */
    public record LoadResult(String dataset, int rows, boolean skipped, long millis) {
        static LoadResult skipped(String dataset) {
            return new LoadResult(dataset, 0, true, 0);
        }
    }
}
