package org.tansiq.layers;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The layers Tansiq serves, with what a client needs to know about each. */
@ApplicationScoped
public class LayerCatalogue {

    /** The places layer's attribution, also the map's: where the points and names come from. */
    public static final String ATTRIBUTION = "Places: GeoNames geonames.org (CC BY 4.0), Who's On First"
            + " whosonfirst.org (CC0; GeoNames-derived records CC BY 4.0) and Tansiq's curated supplement;"
            + " administrative units: OCHA COD-AB Iraq, CSO / OCHA 2019 (CC BY 3.0 IGO)";

    /** The administrative boundaries, as their publisher asks to credit them (db/reference/README.md). */
    public static final String ADMIN_BOUNDARIES = "Iraq administrative boundaries (COD-AB), Central Statistics"
            + " Organization Iraq / OCHA Iraq, 2019-06-03, via the Humanitarian Data Exchange, CC BY 3.0 IGO";

    private static final String UNIT_LIST = " The units are listed in db/reference/reference-areas.csv; each"
            + " feature names its units (COD-AB p-codes) and its area in km². `simplify` (degrees) gives lighter"
            + " outlines.";

    private static final List<Layer> LAYERS = List.of(
            new Layer(PlacesLayer.ID, "Places named in the articles",
                    "Every gazetteer place that at least one stored article mentions, with the number of"
                            + " mentions, the articles and the spellings used.",
                    "Point", ATTRIBUTION),
            new Layer(AdminAreasLayer.ID, "Governorates, districts and sub-districts",
                    "Iraq's administrative units as of 2019 (OCHA COD-AB): governorates (level 1), districts"
                            + " (level 2) and sub-districts (level 3), with Arabic and English names, p-code and"
                            + " parent p-codes. `level` keeps one level; `simplify` (degrees) gives lighter outlines.",
                    "MultiPolygon", ADMIN_BOUNDARIES),
            new Layer(DisputedTerritoriesLayer.ID, "Disputed territories (approximation)",
                    "An approximation of the disputed territories (the areas of Article 140 of Iraq's"
                            + " constitution). No open dataset draws them, so Tansiq computes them in PostGIS as"
                            + " the union of whole districts and sub-districts (2019 COD-AB boundaries), one feature"
                            + " per tier: `core` and `extended` (the extended tier's units only; the tiers do not"
                            + " overlap). Real claims follow neither these unit lines nor one agreed list: this is"
                            + " not a legal or agreed boundary." + UNIT_LIST,
                    "MultiPolygon", "Computed by Tansiq from " + ADMIN_BOUNDARIES),
            new Layer(KurdistanRegionLayer.ID, "Kurdistan Region (by governorate)",
                    "The Kurdistan Region de jure, as the union of its three governorates (2019 COD-AB"
                            + " boundaries), one feature `de-jure`. Not the 2003 Green Line, nor the area under"
                            + " the regional government's control at any date." + UNIT_LIST,
                    "MultiPolygon", "Computed by Tansiq from " + ADMIN_BOUNDARIES));

    public List<Layer> list() {
        return LAYERS;
    }

    public Optional<Layer> find(String id) {
        return LAYERS.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** A layer's description, with the credit its data requires. */
    public record Layer(String id, String title, String description, String geometryType, String attribution) {
    }
}
