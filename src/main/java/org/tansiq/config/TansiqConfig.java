package org.tansiq.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Everything under {@code tansiq.} in application.properties, typed. */
@ConfigMapping(prefix = "tansiq")
public interface TansiqConfig {

    Api api();

    Gazetteer gazetteer();

    Seeds seeds();

    Map map();

    Geoparse geoparse();

    Layers layers();

    interface Api {
        /** Bearer token that write endpoints require; empty means "generate one at start". */
        Optional<String> token();
    }

    interface Gazetteer {
        /** GeoNames dump files (standard 19-column format), loaded in this order. */
        Optional<List<String>> geonamesFiles();

        /** Classpath resource of the curated supplement (db/gazetteer/curated-places.csv). */
        @WithDefault("gazetteer/curated-places.csv")
        String curatedResource();

        /**
         * Folder of the OCHA COD-AB boundaries (irq_admbnda_adm1/2/3_*.geojson), loaded as
         * governorates, districts and sub-districts with their polygons. A file path, relative to
         * the working directory (the project root for ./tansiq run and the tests); empty for none.
         */
        @WithDefault("db/reference/admin-boundaries")
        Optional<String> adminBoundariesDir();

        /** The Who's On First extract for Iraq (CSV); a file path like the above, empty for none. */
        @WithDefault("db/reference/whosonfirst/whosonfirst-iq-places.csv")
        Optional<String> wofFile();

        /**
         * The world's countries: countries.json of the npm package world-countries (outlines in
         * data/ beside it); a file path like the above, empty for none.
         */
        @WithDefault("db/gazetteer/node_modules/world-countries/countries.json")
        Optional<String> worldCountriesFile();

        /**
         * The npm packages folder (db/gazetteer/node_modules, which the Maven build installs) that
         * holds CLDR's regions (cldr-core, cldr-localenames-full) and the world's first-level
         * divisions (iso3166-2-db, @countrystatecity/countries); empty for none.
         */
        @WithDefault("db/gazetteer/node_modules")
        Optional<String> packagesDir();

        /** Classpath resource of the curated seas, rivers, lakes, dams and regions (db/gazetteer/world-features.csv). */
        @WithDefault("gazetteer/world-features.csv")
        String worldFeaturesResource();

        /** Classpath resource of the regions CLDR lacks, by member countries (db/gazetteer/world-regions.csv). */
        @WithDefault("gazetteer/world-regions.csv")
        String worldRegionsResource();
    }

    interface Layers {
        /**
         * The administrative units that make the reference areas (the disputed territories by tier,
         * the Kurdistan Region), a CSV file: a file path like the gazetteer's; empty for none.
         */
        @WithDefault("db/reference/reference-areas.csv")
        Optional<String> referenceAreasFile();
    }

    interface Seeds {
        /** Load the bundled seed corpus at start. Idempotent, so safe on every start. */
        @WithDefault("true")
        boolean load();
    }

    interface Geoparse {
        /** Requests per minute one client may make to POST /api/geoparse (a burst of that many, refilled evenly). */
        @WithDefault("120")
        int requestsPerMinute();
    }

    interface Map {
        /**
         * Basemap tile URL template; empty for no basemap (offline use and tests). The default
         * lives here rather than in application.properties, whose ${VAR:default} syntax would
         * end at the first '}' of {z}.
         */
        @WithDefault(DEFAULT_TILE_URL)
        Optional<String> tileUrl();

        /** Plain text, shown beside the tiles. */
        @WithDefault("© OpenStreetMap contributors")
        String tileAttribution();

        String DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    }
}
