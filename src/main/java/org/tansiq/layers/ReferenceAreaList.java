package org.tansiq.layers;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tansiq.gazetteer.Csv;

/**
 * The list of administrative units that make each reference area (db/reference/reference-areas.csv):
 * one row per unit, {@code layer,feature,level,pcode,unit,source}. The list is data, so that
 * changing which districts count as disputed needs no code.
 */
public final class ReferenceAreaList {

    private static final List<String> COLUMNS = List.of("layer", "feature", "level", "pcode");
    private static final Pattern LEVEL = Pattern.compile("ADM[1-" + AdminAreasLayer.DEEPEST_LEVEL + "]");
    /** Layer and feature ids appear in URLs. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ReferenceAreaList() {
    }

    /** One unit of one area. @param level COD-AB level as the gazetteer's feature code (ADM1-ADM3) */
    public record Unit(String layer, String feature, String level, String pcode) {
    }

    /** Reads and checks the list; throws IllegalArgumentException naming the line of a bad row. */
    public static List<Unit> read(Reader in, String what) throws IOException {
        List<List<String>> rows = Csv.read(in);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(what + ": empty");
        }
        Map<String, Integer> col = Csv.columns(rows.get(0), COLUMNS, what);
        List<Unit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String line = what + " line " + (i + 1);
            if (row.size() < col.size()) {
                throw new IllegalArgumentException(line + ": " + row.size() + " fields, expected " + col.size());
            }
            Unit unit = new Unit(row.get(col.get("layer")).strip(), row.get(col.get("feature")).strip(),
                    row.get(col.get("level")).strip(), row.get(col.get("pcode")).strip());
            if (!ID.matcher(unit.layer()).matches() || !ID.matcher(unit.feature()).matches()) {
                throw new IllegalArgumentException(line + ": layer and feature must be lower-case ids like core-area");
            }
            if (!LEVEL.matcher(unit.level()).matches()) {
                throw new IllegalArgumentException(line + ": level must be ADM1 to ADM" + AdminAreasLayer.DEEPEST_LEVEL);
            }
            if (unit.pcode().isEmpty()) {
                throw new IllegalArgumentException(line + ": no pcode");
            }
            if (!seen.add(unit.layer() + '/' + unit.feature() + '/' + unit.pcode())) {
                throw new IllegalArgumentException(line + ": " + unit.pcode() + " listed twice for the same feature");
            }
            units.add(unit);
        }
        return units;
    }
}
