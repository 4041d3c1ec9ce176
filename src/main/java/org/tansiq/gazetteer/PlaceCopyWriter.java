package org.tansiq.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Streams gazetteer entries into the {@code place_stage} temp table with COPY, in COPY's text
 * format. Arrays travel as one field joined by U+001F and are split in SQL, which avoids
 * quoting rules for array literals; an area travels as its GeoJSON text and PostGIS parses it.
 */
final class PlaceCopyWriter implements AutoCloseable {

    static final char ARRAY_SEPARATOR = '\u001F';
    static final String COLUMNS = "source, source_id, name, name_ar, name_en, names, names_norm, feature_class,"
            + " feature_code, population, country_code, admin1_code, admin2_code, lat, lon, alias_source, alias_of,"
            + " alias_display, area, adm1_pcode, adm2_pcode, adm3_pcode";
    /** The staging table COLUMNS are copied into; dropped at commit. */
    static final String STAGE_TABLE = "CREATE TEMP TABLE place_stage (source text, source_id text, name text,"
            + " name_ar text, name_en text, names text, names_norm text, feature_class text, feature_code text,"
            + " population bigint, country_code text, admin1_code text, admin2_code text, lat float8, lon float8,"
            + " alias_source text, alias_of text, alias_display boolean, area text, adm1_pcode text, adm2_pcode text,"
            + " adm3_pcode text) ON COMMIT DROP";
    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private int rows;

    PlaceCopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    void write(GazetteerEntry e) {
        field(e.source()).field(e.sourceId()).field(e.name()).field(e.nameAr()).field(e.nameEn())
                .field(String.join(String.valueOf(ARRAY_SEPARATOR), e.names()))
                .field(String.join(String.valueOf(ARRAY_SEPARATOR), e.matchKeys()))
                .field(e.featureClass()).field(e.featureCode())
                .field(e.population() == null ? null : e.population().toString())
                .field(e.countryCode()).field(e.admin1Code()).field(e.admin2Code())
                .field(Double.toString(e.lat())).field(Double.toString(e.lon()));
        GazetteerEntry.AliasOf alias = e.aliasOf();
        field(alias == null ? null : alias.source()).field(alias == null ? null : alias.sourceId())
                .field(alias == null ? null : Boolean.toString(alias.displayNames()));
        GazetteerEntry.AdminArea area = e.area();
        field(area == null ? null : area.geoJson()).field(area == null ? null : area.adm1Pcode())
                .field(area == null ? null : area.adm2Pcode()).field(area == null ? null : area.adm3Pcode());
        buffer.setCharAt(buffer.length() - 1, '\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    int rows() {
        return rows;
    }

    private PlaceCopyWriter field(String value) {
        if (value == null || value.isEmpty()) {
            buffer.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }
        buffer.append('\t');
        return this;
    }

    private void flush() {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("COPY into place_stage failed", e));
        }
        buffer.setLength(0);
    }

    /** Ends the COPY; rows written so far become visible to the transaction. */
    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
