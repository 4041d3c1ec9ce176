package org.tansiq.geocoding;

import java.util.Set;
import org.tansiq.gazetteer.PlaceCandidate;

/**
 * How exactly a resolved place locates what happened there, as ACLED codes geo-precision:
 * 1 the place itself (a town, a base, a mountain), 2 a part of a district or a small area,
 * 3 a province, region or country.
 */
public enum GeoPrecision {
    EXACT(1), NEAR(2), PROVINCE(3);

    /** Units below a province, and water bodies of town size (a lake, a dam, a strait). */
    private static final Set<String> DISTRICT_CODES = Set.of("ADM2", "ADM3", "ADM4", "ADMD", "LK", "DAM", "RSV",
            "STRT", "CNL");
    /** Provinces, countries, regions, and what one point cannot place: seas, oceans, rivers, peninsulas. */
    private static final Set<String> LARGE_CODES = Set.of("ADM1", "PCLI", "PCLD", "PCL", "RGN", "ZN", "CONT",
            "SEA", "OCN", "GULF", "STM", "PEN");

    private final int code;

    GeoPrecision(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static GeoPrecision of(PlaceCandidate place) {
        String code = place.featureCode() == null ? "" : place.featureCode();
        if (LARGE_CODES.contains(code)) {
            return PROVINCE;
        }
        if (DISTRICT_CODES.contains(code) || "T".equals(place.featureClass()) && code.startsWith("MTS")) {
            return NEAR;
        }
        return EXACT;
    }
}
