package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The disputed-territories and kurdistan-region collections over HTTP. Where a place lies is
 * checked on the geometry the API returns, by PostGIS, with the places' points as the places
 * layer gives them (the seeds name every place used here).
 */
@QuarkusTest
class DisputedTerritoriesApiTest {

    static final String DISPUTED = "/api/collections/disputed-territories/items";
    static final String KURDISTAN = "/api/collections/kurdistan-region/items";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void bothCollectionsAreListedAndSayWhatTheyAre() {
        given().get("/api/collections").then().statusCode(200)
                .body("collections.id", hasItems("disputed-territories", "kurdistan-region"));
        given().get("/api/collections/disputed-territories").then().statusCode(200)
                .body("description", containsString("approximation"))
                .body("description", containsString("db/reference/reference-areas.csv"))
                .body("attribution", containsString("COD-AB"))
                .body("attribution", containsString("CC BY 3.0 IGO"))
                .body("links.rel", hasItems("self", "items"));
        given().get("/api/collections/kurdistan-region").then().statusCode(200)
                .body("attribution", containsString("COD-AB"));
    }

    @Test
    void oneFeaturePerTierCoreFirst() {
        given().get(DISPUTED).then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("numberMatched", equalTo(2))
                .body("features.id", equalTo(List.of("core", "extended")))
                .body("features.properties.tier", equalTo(List.of("core", "extended")))
                .body("features[0].geometry.type", equalTo("MultiPolygon"))
                .body("features[0].properties.units.pcode", hasItems("IQG13Q04", "IQG11Q04", "IQG10Q03N01"))
                .body("features[0].properties.units.find { it.pcode == 'IQG11Q04' }.level", equalTo(2))
                .body("features[0].properties.units.find { it.pcode == 'IQG10Q03N01' }.level", equalTo(3));
    }

    @ParameterizedTest(name = "{0} is in the core tier: {1}")
    @CsvSource({"Kirkuk, true", "Makhmour, true", "Sinjar, true", "Khanaqin, true", "Erbil, false", "Baghdad, false"})
    void theCoreTierHoldsTheDisputedTownsAndNotTheCapitals(String town, boolean inside) throws SQLException {
        String core = geometry(DISPUTED + "/core");
        List<Float> point = townPoint(town);
        assertEquals(inside, covers(core, point), town + " at " + point);
    }

    @Test
    void erbilIsInTheKurdistanRegionAndBaghdadIsNot() throws SQLException {
        String region = geometry(KURDISTAN + "/de-jure");
        assertTrue(covers(region, townPoint("Erbil")));
        assertTrue(!covers(region, townPoint("Baghdad")));
    }

    /** Kirkuk governorate alone is some 9,700 km²; the Kurdistan Region's three governorates about 40,000. */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({"disputed-territories, core, 25000, 45000", "disputed-territories, extended, 1000, 10000",
            "kurdistan-region, de-jure, 35000, 45000"})
    void areasAreOfTheRightSize(String layer, String feature, int minKm2, int maxKm2) throws SQLException {
        String path = "/api/collections/" + layer + "/items/" + feature;
        int stated = given().get(path).then().statusCode(200).extract().path("properties.areaKm2");
        double measured = query("SELECT ST_Area(ST_GeomFromGeoJSON(?)::geography) / 1e6", geometry(path));
        assertTrue(stated > minKm2 && stated < maxKm2, feature + ": " + stated + " km²");
        assertEquals(stated, measured, stated * 0.001, "stated and measured area of " + feature);
    }

    @ParameterizedTest
    @ValueSource(strings = {DISPUTED + "/core", DISPUTED + "/extended", KURDISTAN + "/de-jure",
            DISPUTED + "/core?simplify=0.01"})
    void geometriesAreValid(String path) throws SQLException {
        assertEquals(1.0, query("SELECT ST_IsValid(ST_GeomFromGeoJSON(?))::int", geometry(path)), path);
    }

    @Test
    void theTiersDoNotOverlap() throws SQLException {
        String core = geometry(DISPUTED + "/core");
        String extended = geometry(DISPUTED + "/extended");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT ST_Area(ST_Intersection(ST_GeomFromGeoJSON(?), ST_GeomFromGeoJSON(?))::geography)")) {
            ps.setString(1, core);
            ps.setString(2, extended);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertTrue(rs.getDouble(1) < 1e6, "core and extended overlap by " + rs.getDouble(1) + " m²");
            }
        }
    }

    @Test
    void bboxAndPagingWorkAsOnEveryLayer() {
        given().get(DISPUTED + "?limit=1").then().statusCode(200)
                .body("numberReturned", equalTo(1)).body("numberMatched", equalTo(2))
                .body("links.find { it.rel == 'next' }.href", containsString("cursor="));
        // Far south, nowhere near either tier.
        given().get(DISPUTED + "?bbox=47,30,48,31").then().statusCode(200).body("numberMatched", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {DISPUTED + "/nope", DISPUTED + "/de-jure", KURDISTAN + "/core"})
    void unknownFeaturesGet404ProblemJson(String path) {
        given().get(path).then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    /** A town's point from the places layer: the most mentioned populated place of that English name. */
    private static List<Float> townPoint(String nameEn) {
        JsonPath json = given().get(PlacesApiTest.ITEMS + "?limit=10000").then().statusCode(200).extract().jsonPath();
        List<Float> xy = json.getList("features.find { it.properties.nameEn == '" + nameEn
                + "' && it.properties.featureClass == 'P' }.geometry.coordinates", Float.class);
        assertTrue(xy != null && xy.size() == 2, "no town " + nameEn + " in the places layer");
        return xy;
    }

    private static String geometry(String path) {
        String body = given().get(path).then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body).get("geometry").toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(path + " did not give JSON", e);
        }
    }

    private boolean covers(String geometry, List<Float> lonLat) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT ST_Covers(ST_GeomFromGeoJSON(?), ST_SetSRID(ST_MakePoint(?, ?), 4326))")) {
            ps.setString(1, geometry);
            ps.setDouble(2, lonLat.get(0));
            ps.setDouble(3, lonLat.get(1));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private double query(String sql, String geometry) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, geometry);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }
}
