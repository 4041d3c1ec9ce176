package org.tansiq.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for browser tests, using Debian's chromium and chromedriver packages.
 *
 * <p>The machines that run these tests reach no browser download site, so Selenium Manager must
 * never be consulted: the driver path is always given explicitly.
 */
final class Browsers {

    private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    private static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browsers() {
    }

    /**
     * A running browser plus its throwaway profile and download folder; closing quits the browser
     * and deletes both.
     */
    record Browser(ChromeDriver driver, Path profile, Path downloads) implements AutoCloseable {
        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                deleteQuietly(profile);
                deleteQuietly(downloads);
            }
        }
    }

    static Browser headlessChromium() {
        return headlessChromium(1280, 900);
    }

    static Browser headlessChromium(int width, int height) {
        String chromium = pathFromEnv("TANSIQ_CHROMIUM", DEFAULT_CHROMIUM);
        String chromedriver = pathFromEnv("TANSIQ_CHROMEDRIVER", DEFAULT_CHROMEDRIVER);
        // Read by Selenium's DriverFinder before it would fall back to Selenium Manager.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver);

        Path profile;
        Path downloads;
        try {
            // A fresh profile per run, so no state leaks between runs or concurrent builds.
            profile = Files.createTempDirectory("tansiq-chromium-");
            downloads = Files.createTempDirectory("tansiq-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        // Downloads land in a folder of their own without asking, so a test can read what the page saved.
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile, downloads);
        } catch (RuntimeException e) {
            // A failed session start would otherwise leave chromedriver running past the test JVM's use.
            service.stop();
            deleteQuietly(profile);
            deleteQuietly(downloads);
            throw e;
        }
    }

    private static String pathFromEnv(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp profile is harmless; it must not mask the test's own outcome.
        }
    }
}
