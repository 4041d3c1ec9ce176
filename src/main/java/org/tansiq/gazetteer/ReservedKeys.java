package org.tansiq.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;

/**
 * Match keys that belong to places a small gazetteer record must not take over: cities of
 * 10,000 people or more, seats of administrative units, the units themselves and curated
 * places. Who's On First gives some villages the Arabic name of a big city nearby; such a
 * village keeps the spelling as a name but not as a key, unless it is that very place (its
 * GeoNames id is one of the key's owners), or the key is only a district's or sub-district's
 * in Iraq (a namesake abroad does not count) and the village lies in (or by) that unit: then it is the unit's seat town (cities500 lacks
 * most sub-district seats: Jalawla, Bashiqa, Rabia), and which of the two a mention means is
 * the resolver's call.
 *
 * @param owners each reserved key and the GeoNames ids of the places it belongs to (empty when
 *     none of them is a GeoNames place)
 * @param units the keys that in Iraq belong to districts or sub-districts only, with those units
 */
public record ReservedKeys(Map<String, Set<String>> owners, Map<String, List<Unit>> units) {

    public static final ReservedKeys NONE = new ReservedKeys(Map.of(), Map.of());

    /**
     * How far outside its unit's outline a seat may lie, in degrees (about 2 km): WOF points and
     * COD-AB outlines come from different surveys, and some seats stand on the unit's edge.
     */
    static final double NEAR_DEGREES = 0.02;

    private static final GeometryFactory POINTS = new GeometryFactory();

    /**
     * A district or sub-district.
     *
     * @param level «ADM2» or «ADM3»
     * @param area its outline (lon/lat)
     */
    public record Unit(String level, Geometry area) {
    }

    public ReservedKeys(Map<String, Set<String>> owners) {
        this(owners, Map.of());
    }

    /** True when a record with GeoNames id {@code geonamesId} (or null) may be found under {@code key}. */
    public boolean allows(String key, String geonamesId) {
        Set<String> ids = owners.get(key);
        return ids == null || (geonamesId != null && ids.contains(geonamesId));
    }

    /**
     * The level («ADM2», «ADM3») of the unit named {@code key} whose seat a town at this point
     * is: the key belongs to districts or sub-districts only and the point lies in or by one of
     * them. Null otherwise.
     */
    public String seatLevel(String key, double lat, double lon) {
        List<Unit> named = units.get(key);
        if (named == null) {
            return null;
        }
        Geometry point = POINTS.createPoint(new Coordinate(lon, lat));
        for (Unit u : named) {
            if (u.area().isWithinDistance(point, NEAR_DEGREES)) {
                return u.level();
            }
        }
        return null;
    }

    public int size() {
        return owners.size();
    }
}
