package org.tansiq.gazetteer;

import java.util.List;

/** One line of a GeoNames dump (geoname table), the standard 19 tab-separated columns. */
public record GeoNamesRecord(
        long geonameId,
        String name,
        String asciiName,
        List<String> alternateNames,
        double latitude,
        double longitude,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        String admin2Code,
        Long population) {
}
