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
}
