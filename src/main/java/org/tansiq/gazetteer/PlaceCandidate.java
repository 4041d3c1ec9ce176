package org.tansiq.gazetteer;

/** A gazetteer place as the matcher and resolver see it: light, immutable, in memory. */
public record PlaceCandidate(
        long id,
        String name,
        String nameAr,
        String nameEn,
        String featureClass,
        String featureCode,
        String countryCode,
        String admin1Code,
        long population,
        String source,
        String sourceId,
        double lat,
        double lon) {

    public boolean isCurated() {
        return GazetteerEntry.CURATED.equals(source);
    }

    public boolean isAdministrativeArea() {
        return "A".equals(featureClass);
    }
}
