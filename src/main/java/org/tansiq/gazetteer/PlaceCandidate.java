package org.tansiq.gazetteer;

/**
 * A gazetteer place as the matcher and resolver see it: light, immutable, in memory.
 *
 * @param admin1Code the GeoNames admin1 code (for Iraq: the governorate in GeoNames' numbering)
 * @param adm1Pcode the OCHA COD-AB governorate the place lies in (IQG13), null outside Iraq
 * @param adm2Pcode the COD-AB district it lies in (IQG13Q04), null outside Iraq and for governorates
 */
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
        double lon,
        String adm1Pcode,
        String adm2Pcode) {

    /** A place with no COD-AB codes (outside Iraq, or built by hand in a test). */
    public PlaceCandidate(long id, String name, String nameAr, String nameEn, String featureClass, String featureCode,
            String countryCode, String admin1Code, long population, String source, String sourceId, double lat,
            double lon) {
        this(id, name, nameAr, nameEn, featureClass, featureCode, countryCode, admin1Code, population, source, sourceId,
                lat, lon, null, null);
    }

    public boolean isCurated() {
        return GazetteerEntry.CURATED.equals(source);
    }

    public boolean isAdministrativeArea() {
        return "A".equals(featureClass);
    }
}
