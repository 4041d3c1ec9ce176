package org.tansiq.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map page in a real headless Chromium, against the app with the seed corpus loaded and no
 * basemap (the test profile's tile URL is empty, so nothing is fetched from outside). Each test
 * loads the page afresh; every one ends by reading the browser console, which must hold no error.
 * Screenshots of the main views go to target/screenshots/.
 */
@QuarkusTest
class MapPageBrowserTest {

    // English display names (nameEn) of seed places, as the layers give them.
    private static final String KIRKUK = "Kirkuk";
    private static final List<String> SEED_PLACES = List.of(KIRKUK, "Makhmour", "Khanaqin");
    private static final String KIRKUK_AR = "كركوك";
    /** The seed article of Kirkuk Now (2021-05-24) on the K1 coordination centre. */
    private static final String K1_ARTICLE_TITLE = "البيشمركة عادت الى كركوك";
    private static final String TOKEN = "test-token";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

    @AfterEach
    void noConsoleErrors() {
        List<String> severe = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
        assertEquals(List.of(), severe, "browser console errors");
    }

    @Test
    void everyLayerDrawsTheSeedFeatures() {
        WebDriver driver = open("");
        try {
            assertNull(body(driver).getDomAttribute("data-layers-error"), "a layer failed to load");
            for (String place : SEED_PLACES) {
                assertTrue(names("places").contains(place), "places layer lacks " + place + ": " + names("places"));
            }
            assertTrue(names("centres").containsAll(List.of(KIRKUK, "Khanaqin", "Makhmour")),
                    "centres: " + names("centres"));
            assertTrue(count("events") >= 20, "events drawn: " + count("events"));
            assertTrue(names("events").contains("K-1 Air Base"), "events: " + names("events"));
            assertTrue(names("gaps").contains("Markaz Makhmour"), "gaps: " + names("gaps"));
            assertEquals(2, count("uncovered"), "uncovered areas: one per tier");
            assertEquals(2, count("disputed"), "disputed territories: core and extended");
            assertEquals(18, count("governorates"));

            // Points and outlines are really in the page, not only in memory.
            assertTrue(driver.findElements(By.cssSelector(".leaflet-marker-icon.tq-centre")).size() >= 3, "centre markers");
            assertEquals(18, driver.findElements(By.cssSelector("path.tq-governorates")).size());
            assertTrue(driver.findElements(By.cssSelector("path.tq-gaps")).size() >= 5, "gap polygons");
            assertEquals(2, driver.findElements(By.cssSelector("path.tq-uncovered")).size());
            assertTrue(driver.findElement(By.cssSelector(".leaflet-marker-icon.tq-centre[title='" + KIRKUK + "']")).isDisplayed());

            // The legend counts what is drawn and switches layers on.
            assertEquals("18", driver.findElement(By.id("count-governorates")).getDomAttribute("data-count"));
            driver.findElement(By.cssSelector("label[for='layer-kurdistan']")).click();
            driver.findElement(By.cssSelector("label[for='layer-districts']")).click();
            wait(driver).until(d -> count("kurdistan") == 1 && count("districts") > 90);
            assertEquals(1, driver.findElements(By.cssSelector("path.tq-kurdistan")).size());

            // Offline there is no basemap, and the data credit is still on the map.
            String attribution = driver.findElement(By.cssSelector(".leaflet-control-attribution")).getText();
            assertTrue(attribution.contains("GeoNames") && attribution.contains("COD-AB"), attribution);
            assertTrue(driver.findElements(By.cssSelector(".leaflet-tile")).isEmpty(), "no tiles offline");
        } finally {
            screenshot(driver, "map-layers.png");
        }
    }

    @Test
    void theTimeControlChangesTheK1CentresStatus() {
        WebDriver driver = open("");
        try {
            setDate(driver, "2020-10-01");
            // Proposed by US forces in 2017; in September 2020 agreed between Baghdad and Erbil but not
            // running yet (seed 02, a report about every centre): the status of October 2020.
            assertEquals("not_running", kirkukCentreStatus(driver), "Kirkuk/K1 in October 2020");
            long outline2020 = uncoveredOutlineLength(driver);
            screenshot(driver, "map-time-2020.png");

            setDate(driver, "2021-06-15");
            assertEquals("opened", kirkukCentreStatus(driver), "Kirkuk/K1 in June 2021");
            assertTrue(location(driver).contains("t=2021-06-15"), "the date is in the permalink: " + location(driver));
            // Centres open in 2021 cut discs out of the uncovered areas: their outlines gain the rings.
            assertEquals(2, driver.findElements(By.cssSelector("path.tq-uncovered")).size());
            long outline2021 = uncoveredOutlineLength(driver);
            assertTrue(outline2021 > outline2020, "uncovered outline " + outline2020 + " -> " + outline2021);
        } finally {
            screenshot(driver, "map-time-2021.png");
        }
    }

    @Test
    void aCentresPopupQuotesTheArabicSourceRightToLeft() {
        WebDriver driver = open("");
        try {
            clickCentre(driver, KIRKUK);
            WebElement popup = driver.findElement(By.cssSelector(".leaflet-popup-content .tq-details"));
            assertEquals("rtl", popup.getDomAttribute("dir"));
            assertTrue(popup.getText().contains(KIRKUK), "English name beside the Arabic: " + popup.getText());
            List<WebElement> quotes = popup.findElements(By.cssSelector("blockquote.tq-quote"));
            assertFalse(quotes.isEmpty(), "no quote in the popup: " + popup.getText());
            WebElement quote = quotes.get(0);
            assertEquals("rtl", quote.getDomAttribute("dir"));
            assertEquals("rtl", js(driver, "return getComputedStyle(arguments[0]).direction", quote));
            // The centre stands for Kirkuk city and the K1 base («K1», «كي وان»): its place is marked,
            // however the sentence spells it.
            assertFalse(quote.findElements(By.cssSelector("mark.tq-hl")).isEmpty(),
                    "the place is not highlighted in: " + quote.getText());
            WebElement panel = driver.findElement(By.id("details"));
            boolean kirkukMarked = panel.findElements(By.cssSelector("blockquote.tq-quote mark.tq-hl")).stream()
                    .anyMatch(m -> m.getText().contains(KIRKUK_AR));
            assertTrue(kirkukMarked, "no quote marks «كركوك»: " + panel.getText());

            // The side panel has the whole story: status history and every source.
            WebElement details = driver.findElement(By.id("details"));
            assertTrue(details.isDisplayed());
            assertTrue(details.findElements(By.cssSelector(".tq-history li")).size() >= 3, details.getText());
            assertTrue(details.findElements(By.cssSelector(".tq-article-list button")).size() >= 2,
                    "articles that mention it: " + details.getText());
        } finally {
            screenshot(driver, "map-popup.png");
        }
    }

    @Test
    void theReaderHighlightsKirkukAndClickingItMovesTheMap() {
        WebDriver driver = open("");
        try {
            openSeedArticle(driver);
            List<WebElement> kirkuk = driver.findElements(By.cssSelector("#reader mark.tq-mention")).stream()
                    .filter(m -> m.getText().equals(KIRKUK_AR) && m.getDomAttribute("title").startsWith(KIRKUK))
                    .toList();
            assertFalse(kirkuk.isEmpty(), "Kirkuk is not highlighted in the article");
            String placeId = kirkuk.get(0).getDomAttribute("data-place-id");
            String centreBefore = String.valueOf(js(driver, "return window.tansiqMap.map().getCenter().toString()"));

            kirkuk.get(0).click();
            wait(driver).until(d -> placeId.equals(body(d).getDomAttribute("data-flown-to")));
            Map<?, ?> center = (Map<?, ?>) js(driver,
                    "const c = window.tansiqMap.map().getCenter(); return {lat: c.lat, lng: c.lng, zoom: window.tansiqMap.map().getZoom()};");
            assertNotEquals(centreBefore, String.valueOf(js(driver, "return window.tansiqMap.map().getCenter().toString()")));
            List<?> place = (List<?>) js(driver, "return window.tansiqMap.coordinates('places', arguments[0]);", placeId);
            double lat = ((Number) center.get("lat")).doubleValue();
            double lon = ((Number) center.get("lng")).doubleValue();
            assertTrue(Math.abs(lat - ((Number) place.get(0)).doubleValue()) < 0.01
                    && Math.abs(lon - ((Number) place.get(1)).doubleValue()) < 0.01,
                    "the map is not over Kirkuk " + place + ": " + center);
            assertTrue(((Number) center.get("zoom")).doubleValue() >= 10, "zoomed in: " + center);
        } finally {
            screenshot(driver, "map-reader.png");
        }
    }

    @Test
    void aPermalinkRestoresViewTimeLayersAndSelection() {
        WebDriver driver = open("");
        setDate(driver, "2021-06-15");
        driver.findElement(By.cssSelector("label[for='layer-events']")).click();
        clickCentre(driver, KIRKUK);
        js(driver, "window.tansiqMap.map().setView([35.3, 44.2], 9, {animate: false});");
        wait(driver).until(d -> location(d).contains("map=9/35.3000/44.2000"));
        String link = location(driver);
        assertTrue(link.contains("sel=centres/"), link);

        driver.get("about:blank");
        driver.get(link);
        waitReady(driver);
        try {
            wait(driver).until(d -> body(d).getDomAttribute("data-details-ready") != null);
            Map<?, ?> view = (Map<?, ?>) js(driver,
                    "const m = window.tansiqMap.map(); const c = m.getCenter(); return {lat: c.lat, lng: c.lng, zoom: m.getZoom()};");
            assertEquals(9.0, ((Number) view.get("zoom")).doubleValue(), 0.01);
            assertEquals(35.3, ((Number) view.get("lat")).doubleValue(), 0.01);
            assertEquals(44.2, ((Number) view.get("lng")).doubleValue(), 0.01);
            assertEquals("2021-06-15", driver.findElement(By.id("time-date")).getDomProperty("value"));
            assertFalse(driver.findElement(By.id("layer-events")).isSelected(), "events were switched off");
            assertTrue(driver.findElement(By.id("layer-centres")).isSelected());
            assertTrue(driver.findElements(By.cssSelector(".leaflet-marker-icon.tq-event")).isEmpty(), "events drawn after all");
            String details = driver.findElement(By.id("details")).getText();
            assertTrue(details.contains(KIRKUK_AR) && details.contains(KIRKUK), "selection not restored: " + details);
            assertTrue(driver.findElement(By.cssSelector(".leaflet-popup-content")).getText().contains(KIRKUK_AR));
        } finally {
            screenshot(driver, "map-permalink.png");
        }
    }

    @Test
    void aHostileArticleIsShownAsTextAndRunsNothing() {
        WebDriver driver = open("");
        String marker = UUID.randomUUID().toString();
        String title = "<img src=x onerror=\"window.__pwned='title'\"> " + marker;
        String text = "<script>window.__pwned='script'</script> مقال اختبار عن " + KIRKUK_AR
                + " <img src=x onerror=\"window.__pwned='img'\"> " + marker;
        try {
            driver.findElement(By.id("tab-add")).click();
            driver.findElement(By.id("add-token")).sendKeys(TOKEN);
            driver.findElement(By.id("add-title")).sendKeys(title);
            // The textarea gets the text in one go: sendKeys would type it key by key.
            js(driver, "arguments[0].value = arguments[1];", driver.findElement(By.id("add-text")), text);
            driver.findElement(By.id("add-submit")).click();
            wait(driver).until(d -> body(d).getDomAttribute("data-added-article") != null);
            String articleId = body(driver).getDomAttribute("data-added-article");
            assertTrue(driver.findElement(By.id("add-result")).getText().contains(KIRKUK_AR),
                    "the new article's places are listed: " + driver.findElement(By.id("add-result")).getText());

            driver.findElement(By.cssSelector("#add-result button[data-article='" + articleId + "']")).click();
            WebElement article = wait(driver).until(d -> d.findElement(By.cssSelector("#reader .tq-article-text")));
            String shown = article.getText();
            assertTrue(shown.contains("<script>window.__pwned='script'</script>"), shown);
            assertTrue(shown.contains("<img src=x onerror="), shown);
            assertTrue(driver.findElement(By.cssSelector("#reader .tq-article-heading")).getText().contains("<img src=x"));
            assertTrue(driver.findElements(By.cssSelector("#reader img, #reader script, #panel img")).isEmpty(),
                    "the article's markup became elements");
            assertTrue(article.findElements(By.cssSelector("mark.tq-mention")).stream()
                    .anyMatch(m -> m.getText().equals(KIRKUK_AR)), "the place in the hostile article is still marked");

            // The list shows the hostile title as text too.
            driver.findElement(By.cssSelector("#reader .tq-back")).click();
            assertTrue(driver.findElement(By.id("reader")).getText().contains(title));
            assertTrue(driver.findElements(By.cssSelector("#reader img")).isEmpty());
            assertNull(js(driver, "return window.__pwned === undefined ? null : String(window.__pwned);"), "a script ran");
        } finally {
            screenshot(driver, "map-hostile-article.png");
        }
    }

    @Test
    void downloadingTheCentresLayerGivesValidGeoJson() throws IOException {
        WebDriver driver = open("");
        js(driver, "const s = document.getElementById('download-layer'); s.value = 'centres';"
                + " s.dispatchEvent(new Event('change'));");
        driver.findElement(By.id("download-geojson")).click();
        Path file = wait(driver).until(d -> downloaded("tansiq-centres", ".geojson"));
        JsonNode geojson = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("FeatureCollection", geojson.path("type").asText());
        assertEquals(count("centres"), geojson.path("features").size());
        for (JsonNode feature : geojson.path("features")) {
            assertEquals("Feature", feature.path("type").asText());
            assertEquals("Point", feature.path("geometry").path("type").asText());
            assertEquals(2, feature.path("geometry").path("coordinates").size());
        }

        driver.findElement(By.id("download-csv")).click();
        Path csv = wait(driver).until(d -> downloaded("tansiq-centres", ".csv"));
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("id,lon,lat,name,nameEn,status"), lines.get(0));
        assertEquals(count("centres") + 1, lines.size());
    }

    @Test
    void thePageFitsAPhoneAndItsControlsTakeTheKeyboard() {
        WebDriver driver = browser.driver();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("");
            Number overflow = (Number) js(driver, "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow.intValue() <= 0, "horizontal scroll on a phone: " + overflow);
            assertTrue(driver.findElement(By.id("map")).getRect().getHeight() > 300, "map too small on a phone");
            screenshot(driver, "map-phone.png");

            // The layer switches are real checkboxes: Space on a focused one toggles the layer.
            WebElement places = driver.findElement(By.id("layer-places"));
            js(driver, "arguments[0].focus();", places);
            places.sendKeys(" ");
            wait(driver).until(d -> !d.findElement(By.id("layer-places")).isSelected());
            assertTrue(driver.findElements(By.cssSelector(".leaflet-marker-icon.tq-place")).isEmpty(), "places still drawn");
            // Markers are focusable, and so are the areas: Enter on a security gap opens its details.
            assertEquals("0", driver.findElement(By.cssSelector(".leaflet-marker-icon.tq-centre")).getDomAttribute("tabindex"));
            WebElement gap = driver.findElement(By.cssSelector("path.tq-gaps"));
            assertEquals("0", gap.getDomAttribute("tabindex"));
            js(driver, "arguments[0].focus();", gap);
            gap.sendKeys(org.openqa.selenium.Keys.ENTER);
            wait(driver).until(d -> String.valueOf(body(d).getDomAttribute("data-selected")).startsWith("gaps/"));
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /**
     * The tile path, forced with {@code #tileThreshold=1} (any layer with more than one feature is
     * drawn from vector tiles): the events come from tiles, a click on a tile point opens its place
     * and the events reported there with their quotes, and the kind filter reaches the tiles.
     */
    @Test
    void aLayerOverTheThresholdIsDrawnFromVectorTiles() {
        WebDriver driver = browser.driver();
        driver.get("about:blank"); // a fresh document: a hash change alone would not reload the page
        open("#map=8/35.2/44.3&layers=events,governorates&tileThreshold=1");
        assertEquals(1L, ((Number) js(driver, "return window.tansiqMap.tiled('events');")).longValue(), "events tiled");
        wait(driver).until(d -> !d.findElements(By.cssSelector("path.tq-tile-events")).isEmpty());
        assertTrue(((Number) js(driver, "return window.tansiqMap.tileFeatures('events');")).intValue() > 0, "tile features");
        assertTrue(tileRequests(driver, "events", "") > 0, "no events tile was requested");
        assertEquals("1", driver.findElement(By.id("count-events")).getDomAttribute("data-tiles"));
        assertTrue(driver.findElement(By.id("count-events")).getText().contains("1+"));
        assertTrue(driver.findElement(By.id("tiles-events")).isDisplayed(), "the legend says the layer is tiled");
        assertTrue(driver.findElements(By.cssSelector(".leaflet-marker-icon.tq-event")).isEmpty(), "no event markers");

        // A click on a tile point: the place, its counts by kind, and its events with their quotes.
        WebElement point = (WebElement) js(driver, "return [...document.querySelectorAll('path.tq-tile-events')].find((p) => {"
                + " const r = p.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;"
                + " return document.elementFromPoint(x, y) === p; }) || null;");
        assertTrue(point != null, "no tile point can be clicked");
        String kind = point.getDomAttribute("class").replaceAll(".*kind-(\\w+).*", "$1");
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(point).click().perform();
        wait(driver).until(d -> !d.findElements(By.cssSelector(".leaflet-popup .tq-tile-event-list > li")).isEmpty());
        String selected = body(driver).getDomAttribute("data-selected");
        assertTrue(selected != null && selected.startsWith("events/"), "selection: " + selected);
        WebElement popup = driver.findElement(By.cssSelector(".leaflet-popup"));
        assertFalse(popup.findElement(By.cssSelector(".tq-name-ar")).getText().isBlank(), "the place's name");
        assertFalse(popup.findElements(By.cssSelector(".tq-chip[data-kind]")).isEmpty(), "counts by kind");
        assertFalse(popup.findElements(By.cssSelector("blockquote.tq-quote")).isEmpty(), "the events' quotes");
        screenshot(driver, "map-tiles.png");

        // One kind kept: the tiles are asked for that kind only, and draw only it.
        driver.findElement(By.id("tab-layers")).click();
        for (WebElement box : driver.findElements(By.cssSelector("input[id^='kind-']"))) {
            if (box.isSelected() != box.getDomAttribute("id").equals("kind-" + kind)) {
                box.click();
            }
        }
        wait(driver).until(d -> tileRequests(d, "events", "kind=" + kind) > 0);
        wait(driver).until(d -> {
            List<WebElement> paths = d.findElements(By.cssSelector("path.tq-tile-events"));
            return !paths.isEmpty() && paths.stream().allMatch(p -> p.getDomAttribute("class").contains("kind-" + kind));
        });
        // None kept: nothing drawn.
        driver.findElement(By.id("kind-" + kind)).click();
        wait(driver).until(d -> d.findElements(By.cssSelector("path.tq-tile-events")).isEmpty());
    }

    /** How many tiles of a collection the page asked for whose URL contains {@code part}. */
    private static int tileRequests(WebDriver driver, String collection, String part) {
        return ((Number) js(driver, "return performance.getEntriesByType('resource').map((e) => e.name)"
                + ".filter((n) => n.includes('/collections/' + arguments[0] + '/tiles/WebMercatorQuad/')"
                + " && n.includes(arguments[1])).length;", collection, part)).intValue();
    }

    // ---- helpers -----------------------------------------------------------------------------

    private WebDriver open(String hash) {
        WebDriver driver = browser.driver();
        driver.get(base.toString() + hash);
        waitReady(driver);
        return driver;
    }

    private static void waitReady(WebDriver driver) {
        wait(driver).until(d -> {
            WebElement body = body(d);
            return "true".equals(body.getDomAttribute("data-ready")) || body.getDomAttribute("data-layers-error") != null;
        });
        assertNull(body(driver).getDomAttribute("data-layers-error"), "the page could not load its layers");
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, TIMEOUT);
    }

    private static WebElement body(WebDriver driver) {
        return driver.findElement(By.tagName("body"));
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String location(WebDriver driver) {
        return String.valueOf(js(driver, "return window.location.href;"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(String layer) {
        return (List<String>) js(browser.driver(), "return window.tansiqMap.names(arguments[0]);", layer);
    }

    private static int count(String layer) {
        return ((Number) js(browser.driver(), "return window.tansiqMap.count(arguments[0]);", layer)).intValue();
    }

    private static void setDate(WebDriver driver, String day) {
        js(driver, "const i = document.getElementById('time-date'); i.value = arguments[0];"
                + " i.dispatchEvent(new Event('change'));", day);
        wait(driver).until(d -> day.equals(body(d).getDomAttribute("data-as-of"))
                && "0".equals(body(d).getDomAttribute("data-loading")));
    }

    /** Total length of the uncovered areas' SVG path data: grows when open centres cut holes in them. */
    private static long uncoveredOutlineLength(WebDriver driver) {
        return ((Number) js(driver, "return [...document.querySelectorAll('path.tq-uncovered')]"
                + ".reduce((n, p) => n + (p.getAttribute('d') || '').length, 0);")).longValue();
    }

    private static String kirkukCentreStatus(WebDriver driver) {
        List<WebElement> centre = driver.findElements(By.cssSelector(".leaflet-marker-icon.tq-centre[title='" + KIRKUK + "']"));
        return centre.isEmpty() ? "(not drawn)" : centre.get(0).getDomAttribute("data-status");
    }

    private static void clickCentre(WebDriver driver, String title) {
        WebElement centre = driver.findElement(By.cssSelector(".leaflet-marker-icon.tq-centre[title='" + title + "']"));
        String id = centre.getDomAttribute("data-fid");
        // Nearby markers overlap at this zoom (Kirkuk city, K1); a script click reaches the marker itself.
        js(driver, "arguments[0].click();", centre);
        wait(driver).until(d -> id.equals(body(d).getDomAttribute("data-details-ready")));
    }

    private static void openSeedArticle(WebDriver driver) {
        driver.findElement(By.id("tab-articles")).click();
        WebElement link = driver.findElements(By.cssSelector("#reader button[data-article]")).stream()
                .filter(b -> b.getText().contains(K1_ARTICLE_TITLE)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed article titled " + K1_ARTICLE_TITLE));
        link.click();
        wait(driver).until(d -> !d.findElements(By.cssSelector("#reader .tq-article-text")).isEmpty());
    }

    private static Path downloaded(String prefix, String suffix) {
        try (Stream<Path> files = Files.list(browser.downloads())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    // Written even when an assertion failed, since the picture is what explains the failure.
    private static void screenshot(WebDriver driver, String name) {
        Path target = SCREENSHOTS.resolve(name);
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(SCREENSHOTS);
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save " + target + ": " + e);
        }
    }
}
