package org.tansiq.gazetteer;

import java.util.Map;

/**
 * Iraq's governorates in the two numberings Tansiq meets: OCHA COD-AB p-codes (IQG01..IQG18)
 * and GeoNames admin1 codes (01..18), which differ (COD-AB IQG05 is Al-Qadisiyah, GeoNames 05
 * is Sulaymaniyah). The table is the one in db/gazetteer/README.md, checked there against the
 * governorate capitals of cities500.
 */
public final class AdminCodes {

    /** COD-AB ADM1_PCODE to GeoNames admin1 code. */
    public static final Map<String, String> GEONAMES_ADMIN1 = Map.ofEntries(
            Map.entry("IQG01", "01"), // Al-Anbar
            Map.entry("IQG02", "02"), // Al-Basrah
            Map.entry("IQG03", "03"), // Al-Muthanna
            Map.entry("IQG04", "17"), // Al-Najaf
            Map.entry("IQG05", "04"), // Al-Qadissiya
            Map.entry("IQG06", "05"), // Al-Sulaymaniyah
            Map.entry("IQG07", "06"), // Babil
            Map.entry("IQG08", "07"), // Baghdad
            Map.entry("IQG09", "08"), // Duhok
            Map.entry("IQG10", "10"), // Diyala
            Map.entry("IQG11", "11"), // Erbil
            Map.entry("IQG12", "12"), // Kerbala
            Map.entry("IQG13", "13"), // Kirkuk
            Map.entry("IQG14", "14"), // Maysan
            Map.entry("IQG15", "15"), // Ninewa
            Map.entry("IQG16", "18"), // Salah Al-Din
            Map.entry("IQG17", "09"), // Thi Qar
            Map.entry("IQG18", "16")); // Wassit

    private AdminCodes() {
    }

    /** The GeoNames admin1 code of a COD-AB governorate, or null for an unknown code. */
    public static String geoNamesAdmin1(String adm1Pcode) {
        return adm1Pcode == null ? null : GEONAMES_ADMIN1.get(adm1Pcode);
    }

    /** The table as SQL {@code VALUES} rows {@code ('IQG01', '01'), ...}, for joins in the database. */
    static String sqlValues() {
        StringBuilder sb = new StringBuilder();
        GEONAMES_ADMIN1.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sb
                .append(sb.isEmpty() ? "" : ", ").append("('").append(e.getKey()).append("', '")
                .append(e.getValue()).append("')"));
        return sb.toString();
    }
}
