package org.tansiq.gazetteer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.tansiq.text.NameKeys;

/**
 * Every match key of every place, in memory: the matcher's dictionary. Built from
 * {@code place.names_norm} after the gazetteer is loaded, and the Latin-script names of some
 * places ({@link LatinNames}), minus the stop keys (words that are also place names somewhere
 * but far more often mean something else).
 */
@ApplicationScoped
public class NameIndex {

    private static final Logger LOG = Logger.getLogger(NameIndex.class);

    private final AgroalDataSource dataSource;
    private final StopKeys stopKeys;
    private volatile NameTable table = NameTable.of(Map.of());
    private volatile NameTable stopped = NameTable.of(Map.of());
    private volatile String fingerprint = "";
    private volatile Map<String, PlaceCandidate> units = Map.of();

    NameIndex(AgroalDataSource dataSource, StopKeys stopKeys) {
        this.dataSource = dataSource;
        this.stopKeys = stopKeys;
    }

    /** An index over given entries, with no database: for tests and tools. */
    public static NameIndex inMemory(Map<String, List<PlaceCandidate>> entries) {
        NameIndex index = new NameIndex(null, null);
        index.table = NameTable.of(entries);
        return index;
    }

    /** {@link #inMemory(Map)}, minus the stop keys, the ordinary words among them set apart as {@link #reload()} does. */
    public static NameIndex inMemory(Map<String, List<PlaceCandidate>> entries, StopKeys stop) {
        NameIndex index = new NameIndex(null, null);
        Map<String, List<PlaceCandidate>> names = new HashMap<>();
        Map<String, List<PlaceCandidate>> stopped = new HashMap<>();
        entries.forEach((k, places) -> {
            if (stop.ordinaryWords().contains(k)) {
                stopped.put(k, places);
            } else if (!stop.keys().contains(k)) {
                names.put(k, places);
            }
        });
        index.table = NameTable.of(names);
        index.stopped = NameTable.of(stopped);
        return index;
    }

    /** Places known under this match key; empty when none. */
    public List<PlaceCandidate> lookup(String key) {
        return table.lookup(key);
    }

    /** The dictionary as the matcher probes it, by hash; replaced whole on {@link #reload()}. */
    public NameTable table() {
        return table;
    }

    /**
     * The places under stop keys that are ordinary words ({@link StopKeys#ordinaryWords()}), and
     * under keys their source marked {@link NameKeys#AFTER_TRIGGER_ONLY}, set apart: no name on
     * their own, but right after a trigger word they may be one («نواحي الملتقى»: Multaka
     * sub-district, not "the meeting"; «ولاية شان», not «شأن»).
     */
    public NameTable stopped() {
        return stopped;
    }

    /** The COD-AB unit (governorate, district, sub-district) of this p-code, or null. */
    public PlaceCandidate unit(String pcode) {
        return units.get(pcode);
    }

    /** Longest name in tokens, so the matcher knows how far to look ahead. */
    public int maxTokens() {
        return table.maxTokens();
    }

    public int size() {
        return table.size();
    }

    /** Every match key, unmodifiable (for tables derived from the dictionary, such as fuzzy variants). */
    public List<String> keys() {
        return table.names();
    }

    /**
     * SHA-256 over what the index was built from (each loaded file's checksum and the stop
     * keys): equal fingerprints mean the matcher sees the same dictionary.
     */
    public String fingerprint() {
        return fingerprint;
    }

    public void reload() {
        long started = System.nanoTime();
        Map<String, List<PlaceCandidate>> index = new HashMap<>(1 << 18);
        Map<String, List<PlaceCandidate>> stopIndex = new HashMap<>();
        Map<String, PlaceCandidate> unitsByPcode = new HashMap<>();
        Set<String> stop = stopKeys.keys();
        Set<String> ordinary = stopKeys.ordinaryWords();
        LatinNames latin = LatinNames.standard();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.setFetchSize(5000);
            c.setAutoCommit(false);
            try (ResultSet rs = st.executeQuery("""
                    SELECT id, name, name_ar, name_en, feature_class, feature_code, country_code, admin1_code,
                           coalesce(population, 0), source, source_id, ST_Y(geom), ST_X(geom), adm1_pcode, adm2_pcode,
                           names_norm, CASE WHEN %s THEN names END
                    FROM place WHERE cardinality(names_norm) > 0 OR %s
                    ORDER BY id""".formatted(LatinNames.ELIGIBLE, LatinNames.ELIGIBLE))) {
                while (rs.next()) {
                    PlaceCandidate p = new PlaceCandidate(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), trim(rs.getString(5)), rs.getString(6), trim(rs.getString(7)),
                            rs.getString(8), rs.getLong(9), rs.getString(10), rs.getString(11), rs.getDouble(12),
                            rs.getDouble(13), rs.getString(14), rs.getString(15));
                    if (GazetteerEntry.CODAB.equals(p.source())) {
                        unitsByPcode.put(p.sourceId(), p);
                    }
                    Set<String> keys = new java.util.LinkedHashSet<>();
                    for (Object k : (Object[]) rs.getArray(16).getArray()) {
                        keys.add((String) k);
                    }
                    Array names = rs.getArray(17);
                    if (names != null) {
                        keys.addAll(latin.keys(java.util.Arrays.asList((String[]) names.getArray())));
                    }
                    for (String key : keys) {
                        if (key.startsWith(NameKeys.AFTER_TRIGGER_ONLY)) {
                            stopIndex.computeIfAbsent(key.substring(1), x -> new ArrayList<>(2)).add(p);
                        } else if (ordinary.contains(key)) {
                            stopIndex.computeIfAbsent(key, x -> new ArrayList<>(2)).add(p);
                        } else if (!stop.contains(key)) {
                            index.computeIfAbsent(key, x -> new ArrayList<>(2)).add(p);
                        }
                    }
                }
            }
            // A district or sub-district named after its seat town stays under that name beside the
            // town: which one a mention means is the resolver's call (NamesakeUnitPass: «قضاء مخمور»
            // the district, a bare «مخمور» the town).
            fingerprint = fingerprint(st, stop, latin);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("building the name index failed: " + e.getMessage(), e);
        }
        NameTable built = NameTable.of(index);
        stopped = NameTable.of(stopIndex);
        units = Map.copyOf(unitsByPcode);
        table = built;
        LOG.infof("Name index: %d keys, names up to %d tokens, built in %d ms", built.size(), built.maxTokens(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String fingerprint(Statement st, Set<String> stop, LatinNames latin) throws SQLException {
        StringBuilder sources = new StringBuilder();
        try (ResultSet rs = st.executeQuery("SELECT dataset, checksum FROM dataset_load ORDER BY dataset")) {
            while (rs.next()) {
                sources.append(rs.getString(1)).append('=').append(rs.getString(2)).append('\n');
            }
        }
        stop.stream().sorted().forEach(k -> sources.append("stop:").append(k).append('\n'));
        sources.append("latin:").append(latin.fingerprint()).append('\n');
        return org.tansiq.text.Sha256.hex(sources.toString());
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
