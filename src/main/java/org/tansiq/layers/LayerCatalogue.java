package org.tansiq.layers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The layers Tansiq serves: every {@link FeatureLayer} bean, and the credits they share. */
@ApplicationScoped
public class LayerCatalogue {

    /** The places layer's attribution, also the map's: where the points and names come from. */
    public static final String ATTRIBUTION = "Places: GeoNames geonames.org (CC BY 4.0), Who's On First"
            + " whosonfirst.org (CC0; GeoNames-derived records CC BY 4.0), world-countries (ODbL 1.0),"
            + " Unicode CLDR regions (Unicode License v3), iso3166-2-db (MIT) and @countrystatecity/countries"
            + " (ODbL 1.0) divisions, and Tansiq's curated supplement (points from OpenStreetMap, ODbL);"
            + " administrative units: OCHA COD-AB Iraq, CSO / OCHA 2019 (CC BY 3.0 IGO)";

    /** The administrative boundaries, as their publisher asks to credit them (db/reference/README.md). */
    public static final String ADMIN_BOUNDARIES = "Iraq administrative boundaries (COD-AB), Central Statistics"
            + " Organization Iraq / OCHA Iraq, 2019-06-03, via the Humanitarian Data Exchange, CC BY 3.0 IGO";

    /** What the event layers are made from. */
    public static final String EVENTS_ATTRIBUTION = "Extracted by Tansiq from the stored articles (each feature"
            + " names its sources); places: " + ATTRIBUTION;

    static final String UNIT_LIST = " The units are listed in db/reference/reference-areas.csv; each"
            + " feature names its units (COD-AB p-codes) and its area in km². `simplify` (degrees) gives lighter"
            + " outlines.";

    private final List<FeatureLayer> layers;

    LayerCatalogue(Instance<FeatureLayer> beans) {
        List<FeatureLayer> all = new ArrayList<>();
        beans.forEach(all::add);
        all.sort(Comparator.comparingInt(l -> l.description().position()));
        Set<String> ids = new HashSet<>();
        for (FeatureLayer l : all) {
            if (!ids.add(l.id())) {
                throw new IllegalStateException("two layers have the id " + l.id());
            }
        }
        this.layers = List.copyOf(all);
    }

    /** Every layer, in the order the collection list shows them. */
    public List<FeatureLayer> list() {
        return layers;
    }

    public Optional<FeatureLayer> find(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }
}
