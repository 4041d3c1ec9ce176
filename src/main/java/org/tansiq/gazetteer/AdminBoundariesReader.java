package org.tansiq.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tansiq.text.NameKeys;

/**
 * Reads OCHA COD-AB administrative boundaries for Iraq (db/reference/admin-boundaries, GeoJSON
 * FeatureCollections, one file per level) into gazetteer entries: governorates (ADM1),
 * districts (ADM2) and sub-districts (ADM3) as places of feature class {@code A} with their
 * polygons. The polygon travels as GeoJSON text and PostGIS parses it; the place's point is
 * computed there too ({@code ST_PointOnSurface}), so the entry's lat/lon is only the centre of
 * the unit's bounding box.
 */
public final class AdminBoundariesReader {

    static final int DEEPEST_LEVEL = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminBoundariesReader() {
    }

    public static List<GazetteerEntry> read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        JsonNode features = root.path("features");
        if (!"FeatureCollection".equals(root.path("type").asText()) || !features.isArray()) {
            throw new IllegalArgumentException("COD-AB boundaries: not a GeoJSON FeatureCollection");
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        for (JsonNode feature : features) {
            entries.add(toEntry(feature));
        }
        return entries;
    }

    private static GazetteerEntry toEntry(JsonNode feature) {
        JsonNode p = feature.path("properties");
        int level = level(p);
        String pcode = text(p, "ADM" + level + "_PCODE");
        JsonNode geometry = feature.path("geometry");
        String type = geometry.path("type").asText();
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new IllegalArgumentException("COD-AB unit " + pcode + ": geometry " + type + " is not a polygon");
        }
        String nameAr = text(p, "ADM" + level + "_AR");
        String nameEn = text(p, "ADM" + level + "_EN");
        Set<String> names = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String n : new String[] {nameAr, nameEn, text(p, "ADM" + level + "ALT1AR"), text(p, "ADM" + level + "ALT2AR"),
                text(p, "ADM" + level + "ALT1EN"), text(p, "ADM" + level + "ALT2EN")}) {
            if (n != null) {
                names.add(n);
                // Arabic text names a unit in Arabic: only Arabic-script names are keys.
                if (NameKeys.isArabicScript(n) && !GeoNamesEntries.startsWithTrigger(n)) {
                    keys.addAll(NameKeys.keys(n));
                }
            }
        }
        double[] box = bbox(geometry.path("coordinates"), new double[] {90, 180, -90, -180});
        String adm1 = text(p, "ADM1_PCODE");
        return new GazetteerEntry(
                GazetteerEntry.CODAB,
                pcode,
                nameEn != null ? nameEn : nameAr,
                nameAr,
                nameEn,
                List.copyOf(names),
                keys,
                "A",
                "ADM" + level,
                null,
                text(p, "ADM0_PCODE"),
                AdminCodes.geoNamesAdmin1(adm1),
                null,
                (box[0] + box[2]) / 2,
                (box[1] + box[3]) / 2,
                null,
                new GazetteerEntry.AdminArea(geometry.toString(), adm1, level >= 2 ? text(p, "ADM2_PCODE") : null,
                        level >= 3 ? text(p, "ADM3_PCODE") : null));
    }

    /** The unit's level: the deepest ADMn_PCODE its properties carry. */
    private static int level(JsonNode properties) {
        for (int level = DEEPEST_LEVEL; level >= 1; level--) {
            if (text(properties, "ADM" + level + "_PCODE") != null) {
                return level;
            }
        }
        throw new IllegalArgumentException("COD-AB feature without ADM1_PCODE..ADM3_PCODE: " + properties);
    }

    private static String text(JsonNode properties, String field) {
        JsonNode v = properties.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    /** Min lat, min lon, max lat, max lon over nested GeoJSON coordinate arrays. */
    private static double[] bbox(JsonNode coordinates, double[] box) {
        if (coordinates.isArray() && !coordinates.isEmpty() && coordinates.get(0).isNumber()) {
            double lon = coordinates.get(0).asDouble();
            double lat = coordinates.get(1).asDouble();
            box[0] = Math.min(box[0], lat);
            box[1] = Math.min(box[1], lon);
            box[2] = Math.max(box[2], lat);
            box[3] = Math.max(box[3], lon);
        } else {
            for (JsonNode c : coordinates) {
                bbox(c, box);
            }
        }
        return box;
    }
}
