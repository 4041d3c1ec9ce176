package org.tansiq.gazetteer;

import java.util.List;
import java.util.Set;

/**
 * One place as a gazetteer source describes it, ready to load: the common shape of GeoNames
 * rows, COD-AB units, Who's On First rows and curated rows.
 *
 * @param names every spelling, any script
 * @param matchKeys the keys the name matcher looks the place up by (see text.NameKeys)
 * @param aliasOf for rows that only add spellings to a place of another source: that place;
 *     null for a place of its own
 * @param area for administrative units: the polygon and COD-AB codes; null for points
 */
public record GazetteerEntry(
        String source,
        String sourceId,
        String name,
        String nameAr,
        String nameEn,
        List<String> names,
        Set<String> matchKeys,
        String featureClass,
        String featureCode,
        Long population,
        String countryCode,
        String admin1Code,
        String admin2Code,
        double lat,
        double lon,
        AliasOf aliasOf,
        AdminArea area) {

    public static final String GEONAMES = "geonames";
    public static final String CURATED = "curated";
    public static final String CODAB = "codab";
    public static final String WOF = "wof";

    /**
     * The place an alias row extends. When that place is loaded, the row's names and keys join
     * it and no place is made; when it is not, the row is loaded as a place of its own (under
     * the row's own source and id), and gives way to the target once the target is loaded.
     *
     * @param displayNames true when the row's Arabic and English names replace the target's
     *     (curated rows choose display names); false when they only fill a missing one
     */
    public record AliasOf(String source, String sourceId, boolean displayNames) {

        @Override
        public String toString() {
            return source + ":" + sourceId;
        }
    }

    /**
     * An administrative unit's extent and codes.
     *
     * @param geoJson the polygon or multipolygon as a GeoJSON geometry object (WGS 84); the
     *     place's point becomes a point on its surface
     * @param adm1Pcode the COD-AB governorate code (IQG13), also for districts and sub-districts
     * @param adm2Pcode the district code (IQG13Q04), null for a governorate
     * @param adm3Pcode the sub-district code (IQG13Q04N06), null above that level
     */
    public record AdminArea(String geoJson, String adm1Pcode, String adm2Pcode, String adm3Pcode) {
    }
}
