package org.tansiq.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tansiq.text.NameKeys;

/** Turns GeoNames rows into gazetteer entries, choosing the Arabic display name. */
public final class GeoNamesEntries {

    private GeoNamesEntries() {
    }

    public static GazetteerEntry toEntry(GeoNamesRecord r) {
        Set<String> names = new LinkedHashSet<>();
        names.add(r.name());
        if (!r.asciiName().isEmpty()) {
            names.add(r.asciiName());
        }
        names.addAll(r.alternateNames());
        List<String> arabic = new ArrayList<>();
        for (String n : names) {
            if (NameKeys.isArabicScript(n)) {
                arabic.add(n);
            }
        }
        // Articles are in Arabic: only Arabic-script spellings become match keys, which also
        // keeps Latin words from matching the many small places that share them.
        Set<String> keys = new LinkedHashSet<>();
        for (String n : arabic) {
            if (!startsWithTrigger(n)) {
                keys.addAll(NameKeys.keys(n));
            }
        }
        return new GazetteerEntry(
                GazetteerEntry.GEONAMES,
                Long.toString(r.geonameId()),
                r.name(),
                arabicDisplayName(arabic),
                r.name(),
                List.copyOf(names),
                keys,
                r.featureClass(),
                r.featureCode(),
                r.population(),
                r.countryCode(),
                r.admin1Code(),
                r.admin2Code(),
                r.latitude(),
                r.longitude(),
                null,
                null);
    }

    /**
     * Some alternate names carry a type word («محافظة أربيل» on the city of Erbil). As keys they
     * would swallow the trigger the resolver needs, so the matcher finds «أربيل» after it instead.
     */
    static boolean startsWithTrigger(String name) {
        String key = NameKeys.key(name);
        int space = key.indexOf(' ');
        return space > 0 && Trigger.of(key.substring(0, space)) != null;
    }

    /**
     * GeoNames marks no preferred Arabic name in its dumps; the first spelling made only of the
     * Arabic alphabet proper (no Persian or Kurdish letters, no joiners) is the Arabic one.
     */
    static String arabicDisplayName(List<String> arabicNames) {
        for (String n : arabicNames) {
            if (isPlainArabic(n)) {
                return n;
            }
        }
        return arabicNames.isEmpty() ? null : arabicNames.get(0);
    }

    private static boolean isPlainArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '\u0621' && c <= '\u064A') || c == ' ' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
