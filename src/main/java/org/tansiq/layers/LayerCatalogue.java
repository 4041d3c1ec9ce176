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

    /** What the event layers are made from. */
    public static final String EVENTS_ATTRIBUTION = "Extracted by Tansiq from the stored articles (each feature"
            + " names its sources); places: " + ATTRIBUTION;

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
                    "MultiPolygon", "Computed by Tansiq from " + ADMIN_BOUNDARIES),
            new Layer(CoordinationCentresLayer.ID, "Coordination centres",
                    "Joint coordination centres and operations rooms the stored articles report, one point per"
                            + " centre however many articles report it (reports at places no larger than a district"
                            + " merge within a governorate when within " + (int) CoordinationCentresLayer.SAME_CENTRE_KM + " km; a"
                            + " report naming only a governorate joins that governorate's one centre). `status` is"
                            + " the latest reported status on or before `datetime` (ISO date or date-time, default"
                            + " today), null when nothing was reported by then; `statusHistory` lists every report"
                            + " by date with its source.",
                    "Point", EVENTS_ATTRIBUTION),
            new Layer(SecurityGapsLayer.ID, "Reported security gaps",
                    "Areas where the stored articles report a security vacuum: for each place a report"
                            + " names, the smallest administrative unit holding it (sub-district, else district),"
                            + " clipped to the disputed territories where it lies in them; reports naming no place"
                            + " map to the disputed territories (feature `" + SecurityGapsLayer.GENERAL + "`). With"
                            + " the number of reports, first and last report date, quotes and articles.",
                    "MultiPolygon", EVENTS_ATTRIBUTION + "; " + ADMIN_BOUNDARIES),
            new Layer(UncoveredAreasLayer.ID, "Areas no coordination centre covers",
                    "Each tier of the disputed territories minus a disc of `radiusKm` (default "
                            + (int) UncoveredAreasLayer.DEFAULT_RADIUS_KM + ") around every coordination centre"
                            + " open on `datetime` (default today), computed in PostGIS. A rough picture of"
                            + " where joint coordination does not reach, not of who controls what.",
                    "MultiPolygon", EVENTS_ATTRIBUTION + "; " + ADMIN_BOUNDARIES),
            new Layer(EventsLayer.ID, "Reported events",
                    "Every extracted statement (coordination centre, security gap, operation, attack,"
                            + " deployment), one point per place it names, with its date, time precision, actors"
                            + " and the sentence it comes from. `kind` keeps one kind.",
                    "Point", EVENTS_ATTRIBUTION));

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
