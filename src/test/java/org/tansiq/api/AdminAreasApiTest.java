package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin-areas collection: COD-AB governorates, districts and sub-districts over HTTP. */
@QuarkusTest
class AdminAreasApiTest {

    static final String ITEMS = "/api/collections/admin-areas/items";
    /** COD-AB Iraq 2019 (db/reference/README.md): 18 governorates, 101 districts, 294 sub-districts. */
    static final int GOVERNORATES = 18;
    static final int DISTRICTS = 101;
    static final int SUB_DISTRICTS = 294;
    static final String KIRKUK_GOVERNORATE = "IQG13";

    @Test
    void theCollectionIsListedWithItsAttribution() {
        given().get("/api/collections").then().statusCode(200)
                .body("collections.id", hasItems("places", "admin-areas"))
                .body("collections.find { it.id == 'admin-areas' }.links.rel", hasItem("items"))
                .body("collections.find { it.id == 'admin-areas' }.geometryType", equalTo("MultiPolygon"));
        given().get("/api/collections/admin-areas").then().statusCode(200)
                .body("attribution", containsString("COD-AB"))
                .body("attribution", containsString("CC BY 3.0 IGO"));
    }

    @Test
    void kirkukGovernorateIsAtLevelOneWithItsArabicName() {
        Map<String, Object> kirkuk = given().get(ITEMS + "?level=1&simplify=0.1").then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .extract().jsonPath().getMap("features.find { it.properties.nameEn == 'Kirkuk' }.properties");
        assertEquals("كركوك", kirkuk.get("name"), String.valueOf(kirkuk));
        assertEquals(KIRKUK_GOVERNORATE, kirkuk.get("pcode"));
        assertEquals(1, kirkuk.get("level"));
        assertEquals(null, kirkuk.get("parentPcode"));
    }

    @ParameterizedTest(name = "level {0}")
    @CsvSource({"1, " + GOVERNORATES, "2, " + DISTRICTS, "3, " + SUB_DISTRICTS})
    void theLevelFilterKeepsOneLevel(int level, int count) {
        // Light outlines: the test reads every feature.
        given().get(ITEMS + "?simplify=0.1&level=" + level).then().statusCode(200)
                .body("numberMatched", equalTo(count))
                .body("numberReturned", equalTo(count))
                .body("features.properties.level", everyItem(equalTo(level)))
                .body("features.geometry.type", everyItem(equalTo("MultiPolygon")));
    }

    @Test
    void withoutALevelEveryUnitIsThere() {
        given().get(ITEMS + "?limit=1").then().statusCode(200)
                .body("numberMatched", equalTo(GOVERNORATES + DISTRICTS + SUB_DISTRICTS));
    }

    @Test
    void subDistrictsNameTheirParents() {
        JsonPath json = given().get(ITEMS + "?level=3&simplify=0.1").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> units = json.getList("features.properties");
        for (Map<String, Object> u : units) {
            String pcode = (String) u.get("pcode");
            assertEquals(u.get("adm2Pcode"), u.get("parentPcode"), pcode);
            // p-codes extend their parents': IQG13 > IQG13Q04 > IQG13Q04N01.
            assertTrue(pcode.startsWith((String) u.get("adm2Pcode")) && pcode.startsWith((String) u.get("adm1Pcode")),
                    u.toString());
            assertTrue(u.get("name") != null && u.get("nameEn") != null, u.toString());
        }
    }

    @Test
    void oneUnitByItsPcode() {
        given().get(ITEMS + "/" + KIRKUK_GOVERNORATE).then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("Feature")).body("id", equalTo(KIRKUK_GOVERNORATE))
                .body("properties.level", equalTo(1)).body("geometry.type", equalTo("MultiPolygon"));
    }

    @Test
    void simplifiedOutlinesAreLighter() {
        int full = points(given().get(ITEMS + "/" + KIRKUK_GOVERNORATE).then().statusCode(200)
                .extract().jsonPath().getList("geometry.coordinates"));
        int light = points(given().get(ITEMS + "/" + KIRKUK_GOVERNORATE + "?simplify=0.01").then().statusCode(200)
                .extract().jsonPath().getList("geometry.coordinates"));
        assertTrue(light >= 4 && light * 3 < full, "simplified " + light + " points, full " + full);
        given().get(ITEMS + "?level=1&simplify=0.01").then().statusCode(200)
                .body("numberReturned", equalTo(GOVERNORATES))
                .body("features.geometry.type", everyItem(equalTo("MultiPolygon")));
    }

    @Test
    void bboxKeepsTheUnitsItTouches() {
        // A small box inside Kirkuk governorate, around the city the places layer puts there.
        List<Float> kirkuk = given().get(PlacesApiTest.ITEMS).then().statusCode(200).extract().jsonPath()
                .getList("features.find { it.properties.nameEn == 'Kirkuk' && it.properties.featureCode == 'PPLA' }"
                        + ".geometry.coordinates", Float.class);
        String box = (kirkuk.get(0) - 0.02) + "," + (kirkuk.get(1) - 0.02) + "," + (kirkuk.get(0) + 0.02) + ","
                + (kirkuk.get(1) + 0.02);
        given().get(ITEMS + "?level=1&bbox=" + box).then().statusCode(200)
                .body("numberMatched", equalTo(1))
                .body("features[0].id", equalTo(KIRKUK_GOVERNORATE));
    }

    @Test
    void pagingKeepsTheLevelInTheNextLink() {
        given().get(ITEMS + "?level=3&limit=100&simplify=0.1").then().statusCode(200)
                .body("numberReturned", equalTo(100))
                .body("links.find { it.rel == 'next' }.href", containsString("level=3"))
                .body("links.find { it.rel == 'next' }.href", containsString("simplify=0.1"))
                .body("links.find { it.rel == 'next' }.href", containsString("cursor="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"?level=0", "?level=4", "?level=abc", "?level=1.5", "?level=-1", "?simplify=0",
            "?simplify=-1", "?simplify=abc", "?simplify=2", "?bbox=1,2,3"})
    void badParametersGetProblemJson(String query) {
        given().get(ITEMS + query).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400)).body("detail", org.hamcrest.Matchers.notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {PlacesApiTest.ITEMS + "?level=1", PlacesApiTest.ITEMS + "?simplify=0.01",
            "/api/collections/disputed-territories/items?level=2"})
    void aParameterTheLayerDoesNotTakeIsABadRequest(String path) {
        given().get(path).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("takes no parameter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {ITEMS + "/IQG99", ITEMS + "/nothing", ITEMS + "/1"})
    void unknownUnitsGet404ProblemJson(String path) {
        given().get(path).then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    /** How many positions a GeoJSON MultiPolygon's coordinates hold. */
    static int points(List<?> coordinates) {
        if (!coordinates.isEmpty() && coordinates.get(0) instanceof Number) {
            return 1;
        }
        return coordinates.stream().mapToInt(c -> points((List<?>) c)).sum();
    }
}
