package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;

/**
 * The disputed territories (Article 140 areas), approximated as unions of whole districts and
 * sub-districts: one feature per tier of the unit list (core, extended), tiers that do not overlap.
 */
@Singleton
public class DisputedTerritoriesLayer extends ReferenceAreaLayer {

    /** Also the layer name in db/reference/reference-areas.csv. */
    public static final String ID = "disputed-territories";

    DisputedTerritoriesLayer(AgroalDataSource dataSource) {
        super(dataSource);
    }

    @Override
    public String id() {
        return ID;
    }
}
