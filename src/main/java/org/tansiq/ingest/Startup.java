package org.tansiq.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.tansiq.config.TansiqConfig;
import org.tansiq.gazetteer.GazetteerSetup;

/**
 * What a start does after Flyway has migrated: bring the gazetteer up to date, geoparse again
 * the articles an older geoparser or gazetteer read, then load the seed corpus. All idempotent,
 * so a restart with nothing changed does nothing.
 */
@ApplicationScoped
class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class);

    void onStart(@Observes StartupEvent event, GazetteerSetup gazetteer, IngestionService ingestion, SeedCorpus seeds,
            TansiqConfig config) {
        gazetteer.ensureLoaded();
        int reparsed = ingestion.reparseStale();
        if (reparsed > 0) {
            LOG.infof("Geoparsed %d stored articles again: the gazetteer or the geoparser changed", reparsed);
        }
        if (config.seeds().load()) {
            seeds.load();
        }
    }
}
