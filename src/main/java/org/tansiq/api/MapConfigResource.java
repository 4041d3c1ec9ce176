package org.tansiq.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tansiq.config.TansiqConfig;
import org.tansiq.layers.LayerCatalogue;

/** What the map page needs to start: basemap and attribution, from configuration. */
@Path("/api/map/config")
public class MapConfigResource {

    /** Northern Iraq, where the disputed territories lie. */
    static final List<Double> CENTER = List.of(35.5, 44.0);
    static final int ZOOM = 7;

    private final TansiqConfig config;

    MapConfigResource(TansiqConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public MapConfig get() {
        return new MapConfig(config.map().tileUrl().orElse(""), config.map().tileAttribution(),
                LayerCatalogue.ATTRIBUTION, CENTER, ZOOM);
    }

    /** The page's start-up settings; an empty tileUrl means no basemap. */
    public record MapConfig(String tileUrl, String tileAttribution, String attribution, List<Double> center,
            int zoom) {
    }
}
