package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.tansiq.layers.MvtReader;

/**
 * Vector tiles: decoded here and checked feature by feature, revalidated by ETag, and dropped from
 * the cache where an ingest writes.
 */
@QuarkusTest
class VectorTilesApiTest {

    static final double KIRKUK_LON = 44.3922;
    static final double KIRKUK_LAT = 35.4681;

    @Inject
    IngestionService ingestion;
    @Inject
    EventStore store;

    @Test
    void anEventsTileHoldsKirkukWithItsEvents() {
        MvtReader.Layer events = layer("events", 8, "");
        MvtReader.Feature kirkuk = events.features().stream().filter(f -> "Kirkuk".equals(f.properties().get("nameEn")))
                .findFirst().orElseThrow(() -> new AssertionError("no Kirkuk in " + events.features()));
        assertTrue(((Number) kirkuk.properties().get("events")).intValue() > 0);
        assertEquals(1, kirkuk.type(), "a point");
        assertEquals(kirkuk.id(), ((Number) kirkuk.properties().get("id")).longValue());
        assertEquals(4096, events.extent());
        int[] expected = pixel(8, KIRKUK_LON, KIRKUK_LAT);
        assertTrue(Math.abs(kirkuk.firstPoint()[0] - expected[0]) < 40 && Math.abs(kirkuk.firstPoint()[1] - expected[1]) < 40,
                () -> "at " + kirkuk.firstPoint()[0] + "," + kirkuk.firstPoint()[1] + ", expected near "
                        + expected[0] + "," + expected[1]);
        // The kind filter: only the kind asked for.
        layer("events", 8, "?kind=coordination_centre").features()
                .forEach(f -> assertTrue(String.valueOf(f.properties().get("kinds")).startsWith("coordination_centre:")));
    }

    @Test
    void centreTilesTakeTheDateAndTheStatus() {
        List<Object> opened = layer("coordination-centres", 8, "?datetime=2021-06-01&status=opened").features()
                .stream().map(f -> f.properties().get("nameEn")).toList();
        assertTrue(opened.contains("Kirkuk") || opened.contains("K-1 Air Base"), opened::toString);
        // In 2018 nothing there was open: an empty tile is 204.
        int[] t = tile(8, KIRKUK_LON, KIRKUK_LAT);
        given().get("/api/collections/coordination-centres/tiles/WebMercatorQuad/8/" + t[0] + "/" + t[1]
                + "?datetime=2018-06-01&status=opened").then().statusCode(204);
    }

    @Test
    void aTileIsRevalidatedByItsETagAndDroppedWhenAnIngestWritesThere() {
        int[] t = tile(9, KIRKUK_LON, KIRKUK_LAT);
        String path = "/api/collections/events/tiles/WebMercatorQuad/9/" + t[0] + "/" + t[1];
        Response first = given().get(path).then().statusCode(200).header("Cache-Control", startsWith("public"))
                .extract().response();
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304);
        int before = eventsAtKirkuk(first.asByteArray());

        long article = ingestion.ingest(new NewArticle("tiles: invalidation", "test outlet", null,
                LocalDate.of(1960, 1, 2), "ar", "نص اختبار البلاطات: " + etag)).articleId();
        long kirkuk = given().contentType("text/plain; charset=utf-8").body("في كركوك").post("/api/geoparse").then()
                .extract().jsonPath().getLong("mentions[0].placeId");
        QuarkusTransaction.requiringNew().run(() -> store.replace(article, List.of(new ExtractedEvent(EventKind.ATTACK,
                null, LocalDate.of(1960, 1, 1), TimePrecision.DAY,
                List.of(new EventPlace(kirkuk, "كركوك", "Kirkuk", KIRKUK_LAT, KIRKUK_LON, 0, 1)), List.of(), "هجوم",
                0, 1))));

        Response after = given().header("If-None-Match", etag).get(path).then().statusCode(200).extract().response();
        assertNotEquals(etag, after.header("ETag"));
        assertEquals(before + 1, eventsAtKirkuk(after.asByteArray()), "the cached tile was dropped, not served stale");
    }

    @Test
    void theTiledCollectionsAdvertiseTheirTiles() {
        for (String id : List.of("events", "places", "coordination-centres", "security-gaps")) {
            given().get("/api/collections/" + id).then().statusCode(200)
                    .body("links.type", hasItem(Api.MVT))
                    .body("links.find { it.type == '" + Api.MVT + "' }.templated", equalTo(true));
        }
        given().get("/api/collections/admin-areas/tiles/WebMercatorQuad/1/1/1").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        layer("places", 6, "");
        layer("security-gaps", 6, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"23/0/0", "2/4/0", "2/0/4", "abc/0/0", "2/-1/0", "2/1.5/0", "1/0/0?kind=battle",
            "1/0/0?status=open"})
    void badTileRequestsAreProblems(String tile) {
        int status = given().urlEncodingEnabled(false).get("/api/collections/events/tiles/WebMercatorQuad/" + tile)
                .then().contentType(startsWith("application/problem+json")).extract().statusCode();
        assertTrue(status == 400 || status == 404, tile + " gave " + status);
    }

    // ---------------------------------------------------------------------------------------------

    private static MvtReader.Layer layer(String collection, int z, String query) {
        int[] t = tile(z, KIRKUK_LON, KIRKUK_LAT);
        Response r = given().get("/api/collections/" + collection + "/tiles/WebMercatorQuad/" + z + "/" + t[0] + "/"
                + t[1] + query).then().statusCode(200).contentType(Api.MVT).extract().response();
        Map<String, MvtReader.Layer> layers = MvtReader.read(r.asByteArray());
        assertTrue(layers.containsKey(collection), layers::toString);
        return layers.get(collection);
    }

    private static int eventsAtKirkuk(byte[] mvt) {
        return MvtReader.read(mvt).get("events").features().stream()
                .filter(f -> "Kirkuk".equals(f.properties().get("nameEn")))
                .mapToInt(f -> ((Number) f.properties().get("events")).intValue()).sum();
    }

    /** The tile (x, y) at zoom z over a point. */
    static int[] tile(int z, double lon, double lat) {
        double[] w = world(z, lon, lat);
        return new int[] {(int) Math.floor(w[0]), (int) Math.floor(w[1])};
    }

    /** The point's position inside its tile, in tile units of 4096. */
    static int[] pixel(int z, double lon, double lat) {
        double[] w = world(z, lon, lat);
        return new int[] {(int) ((w[0] - Math.floor(w[0])) * 4096), (int) ((w[1] - Math.floor(w[1])) * 4096)};
    }

    private static double[] world(int z, double lon, double lat) {
        double n = 1 << z;
        double r = Math.toRadians(lat);
        return new double[] {(lon + 180) / 360 * n, (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n};
    }
}
