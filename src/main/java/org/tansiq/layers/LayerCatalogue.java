package org.tansiq.layers;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The layers Tansiq serves, with what a client needs to know about each. */
@ApplicationScoped
public class LayerCatalogue {

    /** Attribution every layer carries: where the geometry and names come from. */
    public static final String ATTRIBUTION = "Places: GeoNames geonames.org (CC BY 4.0), Who's On First"
            + " whosonfirst.org (CC0; GeoNames-derived records CC BY 4.0) and Tansiq's curated supplement;"
            + " administrative units: OCHA COD-AB Iraq, CSO / OCHA 2019 (CC BY 3.0 IGO)";

    private static final List<Layer> LAYERS = List.of(
            new Layer(PlacesLayer.ID, "Places named in the articles",
                    "Every gazetteer place that at least one stored article mentions, with the number of"
                            + " mentions, the articles and the spellings used.",
                    "Point"));

    public List<Layer> list() {
        return LAYERS;
    }

    public Optional<Layer> find(String id) {
        return LAYERS.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** A layer's description. */
    public record Layer(String id, String title, String description, String geometryType) {
    }
}
