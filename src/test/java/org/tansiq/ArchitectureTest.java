package org.tansiq;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency picture of ARCHITECTURE.md, checked: the pipeline never reaches up into the API. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tansiq");

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy("org.tansiq.api..")
                .layer("layers").definedBy("org.tansiq.layers..")
                .layer("ingest").definedBy("org.tansiq.ingest..")
                .layer("events").definedBy("org.tansiq.events..")
                .layer("geocoding").definedBy("org.tansiq.geocoding..")
                .layer("gazetteer").definedBy("org.tansiq.gazetteer..")
                .layer("dates").definedBy("org.tansiq.dates..")
                .layer("corpus").definedBy("org.tansiq.corpus..")
                .layer("text").definedBy("org.tansiq.text..")
                .layer("config").definedBy("org.tansiq.config..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("layers").mayOnlyBeAccessedByLayers("api")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("api")
                .whereLayer("events").mayOnlyBeAccessedByLayers("ingest", "layers", "api")
                .whereLayer("geocoding").mayOnlyBeAccessedByLayers("events", "ingest", "layers", "api")
                .whereLayer("gazetteer").mayOnlyBeAccessedByLayers("geocoding", "events", "ingest", "layers", "api")
                .whereLayer("dates").mayOnlyBeAccessedByLayers("events", "ingest", "layers", "api")
                .whereLayer("corpus").mayOnlyBeAccessedByLayers("ingest", "api")
                .whereLayer("text").mayOnlyBeAccessedByLayers("gazetteer", "geocoding", "dates", "events", "ingest", "api")
                .check(CLASSES);
    }
}
