package org.tansiq.gazetteer;

import java.util.List;
import java.util.Set;

/**
 * One place as a gazetteer source describes it, ready to load: the common shape of GeoNames
 * rows and curated rows.
 *
 * @param names every spelling, any script
 * @param matchKeys the keys the name matcher looks the place up by (see text.NameKeys)
 * @param aliasOf for curated rows that only add spellings: the GeoNames id they extend
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
        String aliasOf) {

    public static final String GEONAMES = "geonames";
    public static final String CURATED = "curated";
}
