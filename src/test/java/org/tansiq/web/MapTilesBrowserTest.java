package org.tansiq.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map with a basemap, its tiles answered locally ({@link LocalTiles}): tiles are drawn and
 * credited; when they fail, the page says so and still draws the country from Tansiq's own data.
 */
@QuarkusTest
@TestProfile(MapTilesBrowserTest.WithLocalTiles.class)
class MapTilesBrowserTest {

    /** The test profile with a basemap: the tile template of {@link LocalTiles}. */
    public static class WithLocalTiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tansiq.map.tile-url", LocalTiles.TEMPLATE);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static Browsers.Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void stopBrowser() {
        LocalTiles.failing = false;
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void tilesWork() {
        LocalTiles.failing = false;
    }

    @Test
    void tilesAreDrawnAndCredited() {
        WebDriver driver = open();
        wait(driver).until(d -> !d.findElements(By.cssSelector("img.leaflet-tile-loaded")).isEmpty());
        String attribution = driver.findElement(By.cssSelector(".leaflet-control-attribution")).getText();
        assertTrue(attribution.contains("OpenStreetMap") && attribution.contains("GeoNames"), attribution);
        assertFalse(driver.findElement(By.id("basemap-note")).isDisplayed(), "no basemap warning");
        assertEquals(List.of(), consoleErrors(driver));
    }

    @Test
    void withoutTilesTheMapStillDrawsTheCountryAndTheLayers() {
        LocalTiles.failing = true;
        WebDriver driver = open();
        wait(driver).until(d -> d.findElement(By.id("basemap-note")).isDisplayed());
        assertTrue(driver.findElements(By.cssSelector("img.leaflet-tile-loaded")).isEmpty(), "no tile drawn");
        assertEquals(18, driver.findElements(By.cssSelector("path.tq-governorates")).size(), "the country's outline");
        assertTrue(driver.findElements(By.cssSelector(".leaflet-marker-icon.tq-centre")).size() >= 3, "centres");
        // The only errors are the failed tiles themselves.
        List<String> errors = consoleErrors(driver);
        assertFalse(errors.isEmpty(), "the failed tiles are in the console");
        assertTrue(errors.stream().allMatch(e -> e.contains("/test-tiles/")), errors::toString);
    }

    private WebDriver open() {
        WebDriver driver = browser.driver();
        driver.manage().logs().get(LogType.BROWSER); // start from an empty console
        driver.get(base.toString());
        wait(driver).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        return driver;
    }

    private static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, TIMEOUT);
    }
}
