package org.tansiq.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tansiq.config.TansiqConfig;
import org.tansiq.gazetteer.GazetteerSetup;

/**
 * What a start does after Flyway has migrated: bring the gazetteer up to date, then load the
 * seed corpus. Both are idempotent, so a restart loads nothing twice.
 */
@ApplicationScoped
class Startup {

    void onStart(@Observes StartupEvent event, GazetteerSetup gazetteer, SeedCorpus seeds, TansiqConfig config) {
        gazetteer.ensureLoaded();
        if (config.seeds().load()) {
            seeds.load();
        }
    }
}
