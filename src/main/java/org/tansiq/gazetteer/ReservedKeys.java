package org.tansiq.gazetteer;

import java.util.Map;
import java.util.Set;

/**
 * Match keys that belong to places a small gazetteer record must not take over: cities of
 * 10,000 people or more, seats of administrative units, the units themselves and curated
 * places. Who's On First gives some villages the Arabic name of a big city nearby; such a
 * village keeps the spelling as a name but not as a key, unless it is that very place (its
 * GeoNames id is one of the key's owners).
 *
 * @param owners each reserved key and the GeoNames ids of the places it belongs to (empty when
 *     none of them is a GeoNames place)
 */
public record ReservedKeys(Map<String, Set<String>> owners) {

    public static final ReservedKeys NONE = new ReservedKeys(Map.of());

    /** True when a record with GeoNames id {@code geonamesId} (or null) may be found under {@code key}. */
    public boolean allows(String key, String geonamesId) {
        Set<String> ids = owners.get(key);
        return ids == null || (geonamesId != null && ids.contains(geonamesId));
    }

    public int size() {
        return owners.size();
    }
}
