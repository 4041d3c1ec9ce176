package org.tansiq.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The map page, in a real browser, against the app with the seed corpus loaded. */
@QuarkusTest
class MapPageBrowserTest {

    // English display names (nameEn): GeoNames' own, or the curated supplement's where GeoNames
    // spells a town otherwise (it has Kurdish «Mexmur» for Makhmour).
    private static final String KIRKUK = "Kirkuk";
    private static final List<String> SEED_PLACES = List.of(KIRKUK, "Makhmour", "Khanaqin");

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "map-places.png");

    private static Browsers.Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void mapShowsSeedPlacesWithArabicPopups() {
        WebDriver driver = browser.driver();
        try {
            driver.get(base.toString());
            WebDriverWait wait = new WebDriverWait(driver, LOAD_TIMEOUT);
            // The page marks failure too, so a broken API fails here at once with its reason.
            wait.until(d -> !d.findElements(By.cssSelector("body[data-places-loaded], body[data-places-error]")).isEmpty());
            WebElement body = driver.findElement(By.tagName("body"));
            assertNull(body.getDomAttribute("data-places-error"), "the page could not load places");
            int loaded = Integer.parseInt(body.getDomAttribute("data-places-loaded"));
            assertTrue(loaded >= SEED_PLACES.size(), "places loaded: " + loaded);

            Rectangle map = driver.findElement(By.id("map")).getRect();
            for (String title : SEED_PLACES) {
                WebElement marker = marker(driver, title);
                assertTrue(marker.isDisplayed(), title + " marker is not displayed");
                assertInside(map, marker.getRect(), title);
            }

            // Markers of nearby places overlap at this zoom (Kirkuk city and K1); a script click
            // reaches the marker itself as a user's click on its visible part would.
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();",
                    marker(driver, KIRKUK));
            WebElement popup = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-popup-content")));
            boolean arabicNameRtl = popup.findElements(By.cssSelector("[dir='rtl']")).stream()
                    .anyMatch(e -> e.getText().contains("كركوك"));
            assertTrue(arabicNameRtl, "no dir=rtl element with كركوك in popup: " + popup.getText());
            assertTrue(popup.getText().contains(KIRKUK), "popup lacks the English name: " + popup.getText());

            List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::toString)
                    .toList();
            assertEquals(List.of(), severe, "browser console errors");
        } finally {
            saveScreenshot(driver);
        }
    }

    private static WebElement marker(WebDriver driver, String title) {
        List<WebElement> found = driver.findElements(By.cssSelector("img.leaflet-marker-icon[title='" + title + "']"));
        assertFalse(found.isEmpty(), "no marker titled " + title);
        return found.get(0);
    }

    private static void assertInside(Rectangle outer, Rectangle inner, String what) {
        int x = inner.getX() + inner.getWidth() / 2;
        int y = inner.getY() + inner.getHeight() / 2;
        boolean inside = x >= outer.getX() && x <= outer.getX() + outer.getWidth()
                && y >= outer.getY() && y <= outer.getY() + outer.getHeight();
        assertTrue(inside, what + " marker at (" + x + "," + y + ") lies outside the map " + outer.getDimension()
                + " at (" + outer.getX() + "," + outer.getY() + ")");
    }

    // Written even when an assertion failed, since the picture is what explains the failure.
    private static void saveScreenshot(WebDriver driver) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(SCREENSHOT.getParent());
            Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save " + SCREENSHOT + ": " + e);
        }
    }
}
