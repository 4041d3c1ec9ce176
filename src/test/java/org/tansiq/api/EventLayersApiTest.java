package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tansiq.dates.TimePrecision;
import org.tansiq.events.Actors;
import org.tansiq.events.CentreStatus;
import org.tansiq.events.EventKind;
import org.tansiq.events.EventPlace;
import org.tansiq.events.ExtractedEvent;
import org.tansiq.ingest.EventStore;
import org.tansiq.ingest.IngestionService;
import org.tansiq.ingest.NewArticle;

/**
 * The event layers over HTTP, from events stored through {@link EventStore} for articles of this
 * test. The reports are dated 2005-2006, years before anything the seed articles report, so
 * statuses and uncovered areas as of those dates are this test's alone even when an extractor
 * adds the seeds' events; features are found by this test's article ids.
 */
@QuarkusTest
class EventLayersApiTest {

    static final String CENTRES = "/api/collections/coordination-centres/items";
    static final String GAPS = "/api/collections/security-gaps/items";
    static final String UNCOVERED = "/api/collections/uncovered-areas/items";
    static final String EVENTS = "/api/collections/events/items";

    /** GeoNames id of Kirkuk city; the K1 base is a curated row about 11 km from it. */
    static final String KIRKUK_GEONAMES = "94787";
    static final String K1_CURATED = "k1-base";
    static final String QARA_CHOGH_CURATED = "qara-chogh-mountains";
    /** A district of Diyala of which only one sub-district (Mandali, IQG10Q03N01) is in the disputed territories. */
    static final String PARTLY_DISPUTED_DISTRICT = "IQG10Q03";

    static final LocalDate AGREED_ON = LocalDate.of(2005, 3, 1);
    static final LocalDate OPENED_ON = LocalDate.of(2006, 1, 10);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    IngestionService ingestion;
    @Inject
    EventStore store;
    @Inject
    AgroalDataSource dataSource;

    long agreedArticle;
    long openedArticle;
    long gapArticle;

    @BeforeEach
    void storeReports() throws SQLException {
        String agreed = "اتفقت الأطراف على مركز تنسيق مشترك في قاعدة كي وان (نص اختبار الطبقات ١).";
        agreedArticle = article("centre agreed", agreed, AGREED_ON.plusDays(1));
        store(agreedArticle, new ExtractedEvent(EventKind.COORDINATION_CENTRE, CentreStatus.AGREED, AGREED_ON,
                TimePrecision.DAY, List.of(place("curated", K1_CURATED)), List.of(Actors.COALITION, Actors.PESHMERGA),
                agreed, 0, agreed.length()));

        String opened = "باشر مركز التنسيق المشترك في كركوك مهامه، وشنت القوات عملية (نص اختبار الطبقات ٢).";
        openedArticle = article("centre opened", opened, OPENED_ON);
        store(openedArticle,
                new ExtractedEvent(EventKind.COORDINATION_CENTRE, CentreStatus.OPENED, OPENED_ON, TimePrecision.DAY,
                        List.of(place("geonames", KIRKUK_GEONAMES)), List.of(Actors.IRAQI_FORCES), opened, 0, 40),
                new ExtractedEvent(EventKind.ATTACK, null, OPENED_ON.minusDays(2), TimePrecision.WEEK,
                        List.of(place("geonames", KIRKUK_GEONAMES)), List.of(Actors.ISIS), opened, 40,
                        opened.length()));

        String gap = "حذر مسؤولون من فراغ أمني في جبل قره چوغ وبين خطوط الطرفين (نص اختبار الطبقات ٣).";
        gapArticle = article("gap", gap, LocalDate.of(2005, 6, 2));
        store(gapArticle,
                new ExtractedEvent(EventKind.SECURITY_GAP, null, LocalDate.of(2005, 6, 1), TimePrecision.DAY,
                        List.of(place("curated", QARA_CHOGH_CURATED)), List.of(), gap, 0, 30),
                new ExtractedEvent(EventKind.SECURITY_GAP, null, LocalDate.of(2005, 6, 1), TimePrecision.DAY,
                        List.of(), List.of(), gap, 30, gap.length()),
                new ExtractedEvent(EventKind.SECURITY_GAP, null, LocalDate.of(2005, 6, 1), TimePrecision.DAY,
                        List.of(place("codab", PARTLY_DISPUTED_DISTRICT)), List.of(), gap, 0, gap.length()));
    }

    @Test
    void theEventCollectionsAreListed() {
        given().get("/api/collections").then().statusCode(200).body("collections.id",
                hasItems("coordination-centres", "security-gaps", "uncovered-areas", "events"));
        given().get("/api/collections/coordination-centres").then().statusCode(200)
                .body("geometryType", equalTo("Point")).body("attribution", containsString("Extracted by Tansiq"));
    }

    @Test
    void twoArticlesAboutOneCentreMakeOneFeatureWithItsHistory() {
        List<Map<String, Object>> mine = centresReportedBy(null, agreedArticle);
        assertEquals(1, mine.size(), "K1 and Kirkuk city, 11 km apart, are one centre");
        Map<String, Object> centre = mine.get(0);
        assertEquals(mine, centresReportedBy(null, openedArticle));
        Map<String, Object> props = props(centre);
        List<Map<String, Object>> history = ((List<Map<String, Object>>) props.get("statusHistory")).stream()
                .filter(h -> List.of(agreedArticle, openedArticle).contains(articleId(h.get("source")))).toList();
        assertEquals(List.of("agreed", "opened"), history.stream().map(h -> h.get("status")).toList());
        assertEquals(List.of(AGREED_ON.toString(), OPENED_ON.toString()), history.stream().map(h -> h.get("date"))
                .toList());
        assertEquals(List.of(agreedArticle, openedArticle), history.stream().map(h -> articleId(h.get("source")))
                .toList());
        assertTrue(((List<String>) props.get("parties")).containsAll(
                List.of(Actors.COALITION, Actors.PESHMERGA, Actors.IRAQI_FORCES)));
        Map<String, Object> source = ((List<Map<String, Object>>) props.get("sources")).stream()
                .filter(s -> articleId(s) == agreedArticle).findFirst().orElseThrow();
        assertEquals("events test: centre agreed", source.get("title"));
        assertEquals(AGREED_ON.plusDays(1).toString(), source.get("publishedAt"));
        assertEquals(0, source.get("start"));
        assertTrue(((String) source.get("quote")).contains("كي وان"));
        given().get(CENTRES + "/" + centre.get("id") + "?datetime=2005-06-01").then().statusCode(200)
                .body("properties.status", equalTo("agreed"));
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({"2004-12-31, ", "2005-03-01, agreed", "2005-12-31, agreed", "2006-01-10, opened",
            "2006-01-10T08:00:00+03:00, opened", "2010-06-01, opened"})
    void theStatusIsTheLatestReportedOnOrBeforeTheDate(String datetime, String status) {
        Map<String, Object> centre = centresReportedBy(datetime, agreedArticle).get(0);
        assertEquals(status, props(centre).get("status"));
    }

    @Test
    void theUncoveredAreaShrinksWhenTheCentreOpens() {
        double before = uncoveredKm2("2005-12-31", 30);
        double after = uncoveredKm2("2006-01-10", 30);
        double wider = uncoveredKm2("2006-01-10", 60);
        assertTrue(after < before, "before " + before + " km², after " + after);
        // A disc of 30 km is some 2,800 km²; part of it may fall outside the territories.
        assertTrue(before - after > 500 && before - after < 2900, "shrank by " + (before - after));
        assertTrue(wider < after);
        given().get(UNCOVERED + "/core?datetime=2006-01-10").then().statusCode(200)
                .body("properties.radiusKm", equalTo(30))
                .body("properties.openCentres.openedOn", hasItems(OPENED_ON.toString()));
    }

    @Test
    void aGapAtAPlaceIsItsSubDistrictClippedToTheDisputedTerritories() throws SQLException {
        String subDistrict = scalar("SELECT adm3_pcode FROM place WHERE source = 'curated' AND source_id = ?",
                QARA_CHOGH_CURATED);
        Map<String, Object> gap = feature(GAPS + "/" + subDistrict);
        Map<String, Object> props = props(gap);
        assertTrue(((List<Integer>) props.get("articles")).contains((int) gapArticle));
        assertEquals(3, props.get("level"));
        assertEquals(areaKm2(subDistrict), geometryKm2(gap), 1.0);

        Map<String, Object> district = feature(GAPS + "/" + PARTLY_DISPUTED_DISTRICT);
        assertEquals(true, props(district).get("clippedToDisputedTerritories"));
        double clipped = geometryKm2(district);
        assertEquals(areaKm2(PARTLY_DISPUTED_DISTRICT), clipped, 1.0);
        assertTrue(clipped < unitKm2(PARTLY_DISPUTED_DISTRICT) * 0.9, "only part of the district is disputed");
    }

    @Test
    void aGapWithoutAPlaceIsTheDisputedTerritories() {
        given().get(GAPS + "/disputed-territories").then().statusCode(200)
                .body("geometry.type", equalTo("MultiPolygon"))
                .body("properties.articles", hasItems((int) gapArticle))
                .body("properties.firstReport", equalTo("2005-06-01"));
        given().get(GAPS + "?bbox=43.5,35.5,44.5,36.5").then().statusCode(200)
                .body("features.id", hasItems("disputed-territories"));
    }

    @Test
    void eventsAreFilteredByKind() {
        given().get(EVENTS + "?kind=attack&limit=10000").then().statusCode(200)
                .body("features.properties.kind", everyItem(equalTo("attack")))
                .body("features.properties.source.articleId", hasItems((int) openedArticle))
                .body("features.find { it.properties.source.articleId == " + openedArticle + " }.properties.date",
                        equalTo(OPENED_ON.minusDays(2).toString()))
                .body("features.find { it.properties.source.articleId == " + openedArticle
                        + " }.properties.timePrecision", equalTo("week"));
        given().get(EVENTS + "?kind=security_gap&limit=10000").then().statusCode(200)
                .body("features.properties.kind", everyItem(equalTo("security_gap")));
        given().get(EVENTS + "?limit=10000").then().statusCode(200)
                .body("features.properties.kind", hasItems("attack", "coordination_centre", "security_gap"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({CENTRES + "?datetime=yesterday", CENTRES + "?datetime=2021-02-30",
            CENTRES + "?datetime=2021-01-01/2021-02-01", CENTRES + "?datetime=%2B999999999-12-31",
            UNCOVERED + "?datetime=-5000-01-01", UNCOVERED + "?radiusKm=0", UNCOVERED + "?radiusKm=-5",
            UNCOVERED + "?radiusKm=abc", UNCOVERED + "?radiusKm=10000", EVENTS + "?kind=battle",
            EVENTS + "?datetime=2021-01-01", CENTRES + "?radiusKm=10", "/api/collections/places/items?kind=attack"})
    void badParametersAreProblems(String path) {
        given().get(path).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
    }

    @ParameterizedTest
    @CsvSource({CENTRES + "/nope", CENTRES + "/0", GAPS + "/IQG99", UNCOVERED + "/nope", EVENTS + "/1",
            EVENTS + "/0-0"})
    void unknownFeaturesAre404(String path) {
        given().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void storingTheSameEventsAgainChangesNothing() throws SQLException {
        String before = scalar("SELECT count(*)::text FROM event WHERE article_id = ?", gapArticle);
        storeReports();
        assertEquals(before, scalar("SELECT count(*)::text FROM event WHERE article_id = ?", gapArticle));
        assertEquals("3", before);
    }

    private long article(String title, String text, LocalDate published) {
        return ingestion.ingest(new NewArticle("events test: " + title, "test outlet", null, published, "ar", text))
                .articleId();
    }

    private void store(long articleId, ExtractedEvent... events) {
        QuarkusTransaction.requiringNew().run(() -> store.replace(articleId, List.of(events)));
    }

    private EventPlace place(String source, String sourceId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, name_en, ST_Y(geom), ST_X(geom) FROM place WHERE source = ? AND source_id = ?")) {
            ps.setString(1, source);
            ps.setString(2, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "no place " + source + ":" + sourceId);
                return new EventPlace(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5), 0, 1);
            }
        }
    }

    private List<Map<String, Object>> centresReportedBy(String datetime, long articleId) {
        var request = given().queryParam("limit", 10000);
        if (datetime != null) {
            request.queryParam("datetime", datetime);
        }
        List<Map<String, Object>> all = request.get(CENTRES).then().statusCode(200)
                .extract().jsonPath().getList("features");
        return all.stream().filter(f -> ((List<Object>) props(f).get("sources")).stream()
                .anyMatch(s -> articleId(s) == articleId)).toList();
    }

    private static Map<String, Object> props(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("properties");
    }

    private static long articleId(Object source) {
        return ((Number) ((Map<String, Object>) source).get("articleId")).longValue();
    }

    private static Map<String, Object> feature(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private double uncoveredKm2(String datetime, int radiusKm) {
        Map<String, Object> core = feature(UNCOVERED + "/core?datetime=" + datetime + "&radiusKm=" + radiusKm);
        double measured = geometryKm2(core);
        assertEquals(((Number) props(core).get("areaKm2")).doubleValue(), measured, 1.0);
        return measured;
    }

    /** The area of a unit clipped to the disputed territories, by PostGIS, in km². */
    private double areaKm2(String pcode) throws SQLException {
        return Double.parseDouble(scalar("""
                SELECT (ST_Area(ST_Intersection(u.area, (SELECT ST_Union(area) FROM reference_area
                        WHERE layer = 'disputed-territories'))::geography) / 1e6)::text
                FROM place u WHERE u.source = 'codab' AND u.source_id = ?""", pcode));
    }

    private double unitKm2(String pcode) throws SQLException {
        return Double.parseDouble(scalar("SELECT (ST_Area(area::geography) / 1e6)::text FROM place"
                + " WHERE source = 'codab' AND source_id = ?", pcode));
    }

    private double geometryKm2(Map<String, Object> feature) {
        try {
            return Double.parseDouble(scalar("SELECT (ST_Area(ST_GeomFromGeoJSON(?)::geography) / 1e6)::text",
                    JSON.writeValueAsString(feature.get("geometry"))));
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String scalar(String sql, Object arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }
}
