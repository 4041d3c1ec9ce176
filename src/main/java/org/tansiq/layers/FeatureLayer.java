package org.tansiq.layers;

import java.util.Optional;
import java.util.Set;

/**
 * A layer the API serves as an OGC API Features collection: its items page by page and one
 * feature by id, both as GeoJSON text written by PostGIS. Everything about a layer is defined in its
 * bean: id, description, options, SQL and paging; {@link LayerCatalogue} is the list of the beans.
 */
public interface FeatureLayer {

    /** What a layer takes besides bbox, limit and offset; a parameter the layer does not take is a client error. */
    enum Option {
        /** Administrative level (1 governorate, 2 district, 3 sub-district). */
        LEVEL,
        /** Simplified polygons, for light outlines. */
        SIMPLIFY,
        /** The date statuses are taken at (coordination centres, uncovered areas). */
        DATETIME,
        /** How far a coordination centre reaches, in km (uncovered areas). */
        RADIUS,
        /** One kind of event (events). */
        KIND,
        /** Centres of one status as of the date (coordination centres). */
        STATUS
    }

    String id();

    /** The layer's title, description, geometry type and credit. */
    LayerDescription description();

    default Set<Option> options() {
        return Set.of();
    }

    FeaturePage items(LayerQuery query);

    /**
     * One feature by the id the collection gives it.
     *
     * @param simplify tolerance in degrees for {@link Option#SIMPLIFY}, null for the full geometry
     */
    Optional<String> feature(String id, Double simplify);

    /** One feature by id with the options the layer takes; layers whose features depend on more than simplify override it. */
    default Optional<String> feature(String id, LayerQuery query) {
        return feature(id, query.simplify());
    }
}
