package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tansiq.dates.TimePrecision;
import org.tansiq.events.EventKind;
import org.tansiq.events.EventPlace;
import org.tansiq.events.ExtractedEvent;
import org.tansiq.ingest.EventStore;
import org.tansiq.ingest.IngestionService;
import org.tansiq.ingest.NewArticle;

/**
 * Pages follow the {@code next} link's cursor: every feature exactly once, in order, whatever is
 * inserted meanwhile; and a cursor the API did not give is a 400.
 */
@QuarkusTest
class KeysetPagingApiTest {

    static final String EVENTS = "/api/collections/events/items";
    /** Each run its own articles: the test database keeps earlier runs'. */
    static final String RUN = Long.toString(System.nanoTime(), 36);

    @Inject
    IngestionService ingestion;
    @Inject
    EventStore store;

    @Test
    void followingNextLinksVisitsEveryUnitOnce() {
        List<String> ids = new ArrayList<>();
        String url = "/api/collections/admin-areas/items?level=3&limit=50";
        int pages = 0;
        while (url != null) {
            JsonPath page = given().get(url).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("features.id"));
            assertEquals(294, page.getInt("numberMatched"), "bounded layers count exactly");
            url = page.getString("links.find { it.rel == 'next' }.href");
            pages++;
        }
        assertEquals(6, pages);
        assertEquals(294, ids.size());
        assertEquals(294, new HashSet<>(ids).size(), "no unit twice");
        assertEquals(ids.stream().sorted().toList(), ids, "in p-code order");
    }

    @Test
    void eventsInsertedWhilePagingAreNeitherRepeatedNorSkipped() {
        long before = article("paging: before", LocalDate.of(1950, 1, 2));
        store(before, 6, LocalDate.of(1950, 1, 1));
        // A bbox around Kirkuk and an early date range: this test's events and few others.
        String first = EVENTS + "?kind=operation&limit=4&bbox=44.2,35.3,44.5,35.6";
        List<String> seen = new ArrayList<>();
        JsonPath page = given().get(first).then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("features.id"));
        String next = page.getString("links.find { it.rel == 'next' }.href");
        assertNotNull(next, "more than one page");
        assertTrue(next.contains("cursor="), next);

        // Newer than the cursor (before it in the order) and older (after it): only the older are still to come.
        long newer = article("paging: newer", LocalDate.of(2099, 1, 2));
        store(newer, 2, LocalDate.of(2099, 1, 1));
        long older = article("paging: older", LocalDate.of(1900, 1, 2));
        store(older, 2, LocalDate.of(1900, 1, 1));

        while (next != null) {
            page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("features.id"));
            next = page.getString("links.find { it.rel == 'next' }.href");
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), () -> "a feature twice: " + seen);
        List<String> all = given().get(first.replace("limit=4", "limit=10000")).then().statusCode(200)
                .extract().jsonPath().getList("features.id");
        Set<String> expected = new HashSet<>(all);
        all.stream().filter(id -> eventOf(id, newer)).forEach(expected::remove);
        assertEquals(expected, new HashSet<>(seen), "every feature but those inserted before the cursor");
        assertTrue(seen.stream().anyMatch(id -> eventOf(id, older)), "older events inserted meanwhile come later");
        assertFalse(seen.stream().anyMatch(id -> eventOf(id, newer)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"?cursor=bm90IGpzb24", "?cursor=WyJ4Il0", "?cursor=WzEsMiwzXQ",
            "?cursor=WyJub3QtYS1kYXRlIiwiMSIsIjEiXQ", "?cursor=WzFd&offset=5", "?offset=10001"})
    void cursorsTheApiDidNotGiveAre400(String query) {
        given().urlEncodingEnabled(false).get(EVENTS + query).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(400));
    }

    @Test
    void aLargeLayerLeavesOutNumberMatchedUnlessOnePageHoldsIt() {
        JsonPath small = given().get(EVENTS + "?limit=1").then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertNull(small.get("numberMatched"), "counting every event would cost more than the page");
        JsonPath whole = given().get(EVENTS + "?limit=10000").then().statusCode(200).extract().jsonPath();
        assertEquals(whole.getInt("numberReturned"), whole.getInt("numberMatched"));
    }

    private final java.util.Map<Long, Set<Long>> eventsOf = new java.util.HashMap<>();

    private boolean eventOf(String featureId, long articleId) {
        long eventId = Long.parseLong(featureId.substring(0, featureId.indexOf('-')));
        return eventsOf.getOrDefault(articleId, Set.of()).contains(eventId);
    }

    private long article(String title, LocalDate published) {
        return ingestion.ingest(new NewArticle(title, "test outlet", null, published, "ar",
                "نص اختبار الصفحات: " + title + " " + RUN)).articleId();
    }

    /** n operations at Kirkuk, dated one day apart from {@code from}. */
    private void store(long articleId, int n, LocalDate from) {
        long kirkuk = kirkukId();
        List<ExtractedEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new ExtractedEvent(EventKind.OPERATION, null, from.plusDays(i), TimePrecision.DAY,
                    List.of(new EventPlace(kirkuk, "كركوك", "Kirkuk", 35.47, 44.39, 0, 1)), List.of(),
                    "عملية " + i, 0, 1));
        }
        QuarkusTransaction.requiringNew().run(() -> store.replace(articleId, events));
        eventsOf.put(articleId, new HashSet<>(given().get(EVENTS + "?kind=operation&limit=10000").then()
                .extract().jsonPath().<Number>getList("features.findAll { it.properties.source.articleId == "
                        + articleId + " }.properties.eventId").stream().map(Number::longValue).toList()));
    }

    private static long kirkukId() {
        return given().contentType("text/plain; charset=utf-8").body("في كركوك").post("/api/geoparse").then()
                .statusCode(200).extract().jsonPath().getLong("mentions[0].placeId");
    }
}
