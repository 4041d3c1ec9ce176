package org.tansiq.layers;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;

/** The Kurdistan Region de jure: the union of its governorates, one feature. */
@Singleton
public class KurdistanRegionLayer extends ReferenceAreaLayer {

    /** Also the layer name in db/reference/reference-areas.csv. */
    public static final String ID = "kurdistan-region";

    KurdistanRegionLayer(AgroalDataSource dataSource) {
        super(dataSource);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LayerDescription description() {
        return new LayerDescription(3, "Kurdistan Region (by governorate)",
                "The Kurdistan Region de jure, as the union of its three governorates (2019 COD-AB"
                        + " boundaries), one feature `de-jure`. Not the 2003 Green Line, nor the area under"
                        + " the regional government's control at any date." + LayerCatalogue.UNIT_LIST,
                "MultiPolygon", "Computed by Tansiq from " + LayerCatalogue.ADMIN_BOUNDARIES);
    }
}
