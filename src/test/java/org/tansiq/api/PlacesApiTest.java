package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tansiq.geocoding.GreatCircle;

/** The places layer over HTTP, with the seed corpus loaded. */
@QuarkusTest
class PlacesApiTest {

    static final String ITEMS = "/api/collections/places/items";

    @Test
    void collectionsListThePlacesLayer() {
        given().get("/api/collections").then().statusCode(200)
                .body("collections.id", hasItem("places"))
                .body("collections.find { it.id == 'places' }.links.rel", hasItem("items"));
        given().get("/api/collections/places").then().statusCode(200).body("id", equalTo("places"));
    }

    @Test
    void itemsAreAGeoJsonFeatureCollection() {
        given().get(ITEMS).then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features[0].type", equalTo("Feature"))
                .body("features[0].geometry.type", equalTo("Point"));
    }

    /** Where the seeds' main places are (GeoNames or the curated source), and how far off we accept. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Kirkuk,           35.4681, 44.3922, 5",
            "Makhmour,         35.7762, 43.5797, 5",
            "Khanaqin,         34.3482, 45.3907, 5",
            "Qara Chogh Mountains, 35.80, 43.62, 25",
            "Sinjar,           36.3209, 41.8766, 5",
            "Tuz Khurmatu,     34.8881, 44.6326, 5",
            "K-1 Air Base,     35.5125, 44.2842, 3",
            "Diyala,           33.95,   45.12,   60",
            "Ninewa,           36.02,   42.49,   80",
            "Erbil,            36.1833, 44.0119, 5",
            "Baghdad,          33.3406, 44.4009, 5",
            "Daquq,            35.1392, 44.4491, 5",
            "Zummar,           36.6573, 42.6025, 5",
            "Mosul,            36.3350, 43.1189, 5",
    })
    void theSeedsMainPlacesArePlaced(String nameEn, double lat, double lon, double toleranceKm) {
        List<Map<String, Object>> features = given().get(ITEMS + "?limit=10000").then().statusCode(200)
                .extract().jsonPath().getList("features");
        boolean found = features.stream().anyMatch(f -> {
            Map<?, ?> props = (Map<?, ?>) f.get("properties");
            List<?> xy = (List<?>) ((Map<?, ?>) f.get("geometry")).get("coordinates");
            return nameEn.equals(props.get("nameEn"))
                    && GreatCircle.km(lat, lon, ((Number) xy.get(1)).doubleValue(), ((Number) xy.get(0)).doubleValue())
                    <= toleranceKm;
        });
        assertTrue(found, nameEn + " is not within " + toleranceKm + " km of " + lat + "," + lon);
    }

    @Test
    void kirkukCarriesItsArabicNameMentionsAndArticles() {
        JsonPath json = given().get(ITEMS).then().statusCode(200).extract().jsonPath();
        Map<String, Object> kirkuk = json.getMap("features.find { it.properties.nameEn == 'Kirkuk'"
                + " && it.properties.featureCode == 'PPLA' }.properties");
        assertTrue("كركوك".equals(kirkuk.get("name")), kirkuk.toString());
        assertTrue(((Number) kirkuk.get("mentions")).intValue() >= 10, kirkuk.toString());
        assertTrue(((List<?>) kirkuk.get("articles")).size() >= 4, kirkuk.toString());
    }

    @Test
    void oneFeatureByIdAndTheSameAsInTheList() {
        int id = given().get(ITEMS + "?limit=1").then().statusCode(200).extract().path("features[0].id");
        given().get(ITEMS + "/" + id).then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("id", equalTo(id)).body("type", equalTo("Feature"));
    }

    @Test
    void bboxKeepsOnlyPlacesInside() {
        // Around Kirkuk governorate: Kirkuk is in, Baghdad and Mosul are out.
        List<String> names = given().get(ITEMS + "?bbox=43.3,34.9,44.9,35.8").then().statusCode(200)
                .extract().jsonPath().getList("features.properties.nameEn");
        assertTrue(names.contains("Kirkuk") && !names.contains("Baghdad") && !names.contains("Mosul"), names.toString());
    }

    @Test
    void pagingLinksToTheNextPage() {
        given().get(ITEMS + "?limit=2").then().statusCode(200)
                .body("numberReturned", equalTo(2))
                .body("links.rel", hasItem("next"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"?bbox=1,2,3", "?bbox=46,34,42,37", "?bbox=a,b,c,d", "?limit=0", "?limit=abc",
            "?limit=100000", "?offset=-1"})
    void badParametersGetProblemJson(String query) {
        given().get(ITEMS + query).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400)).body("title", equalTo("Bad request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {ITEMS + "/999999999", ITEMS + "/not-a-number", "/api/collections/nope",
            "/api/collections/nope/items", "/api/no-such-endpoint"})
    void unknownThingsGet404ProblemJson(String path) {
        given().get(path).then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404)).body("detail", org.hamcrest.Matchers.notNullValue());
    }
}
