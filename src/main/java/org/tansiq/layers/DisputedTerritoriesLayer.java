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

    @Override
    public LayerDescription description() {
        return new LayerDescription(2, "Disputed territories (approximation)",
                "An approximation of the disputed territories (the areas of Article 140 of Iraq's"
                        + " constitution). No open dataset draws them, so Tansiq computes them in PostGIS as"
                        + " the union of whole districts and sub-districts (2019 COD-AB boundaries), one feature"
                        + " per tier: `core` and `extended` (the extended tier's units only; the tiers do not"
                        + " overlap). Real claims follow neither these unit lines nor one agreed list: this is"
                        + " not a legal or agreed boundary." + LayerCatalogue.UNIT_LIST,
                "MultiPolygon", "Computed by Tansiq from " + LayerCatalogue.ADMIN_BOUNDARIES);
    }
}
