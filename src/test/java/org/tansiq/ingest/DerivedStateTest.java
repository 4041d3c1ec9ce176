package org.tansiq.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tansiq.dates.TimePrecision;
import org.tansiq.events.CentreStatus;
import org.tansiq.events.EventKind;
import org.tansiq.events.EventPlace;
import org.tansiq.events.ExtractedEvent;

/**
 * The derived state kept at ingestion (V6__derived_state.sql): a centre's status as of a date
 * comes from its stored timeline, a re-read article changes it, a second article merges into the
 * centre, and whatever order articles came in, the stored state is what a rebuild from scratch
 * gives, also when a batch of articles is learnt at once (bulk ingestion). Reports are dated
 * 1990-1993 at places of Thi Qar and Basra governorates, where nothing else is reported, so the
 * centres are this test's alone.
 */
@QuarkusTest
class DerivedStateTest {

    static final String CENTRES = "/api/collections/coordination-centres/items";

    @Inject
    IngestionService ingestion;
    @Inject
    EventStore store;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theStatusFollowsTheStoredTimelineAndARereadChangesIt() throws SQLException {
        List<long[]> places = twoPlacesAFewKmApart("IQG17");
        EventPlace town = place(places.get(0)[0]);
        EventPlace near = place(places.get(1)[0]);
        long first = article("derived: first", LocalDate.of(1990, 1, 6));
        long second = article("derived: second", LocalDate.of(1989, 12, 2));
        // The test database is kept between runs: whatever an earlier run left is taken out first.
        store(second);
        store(first, centre(CentreStatus.OPENED, LocalDate.of(1990, 1, 5), town));
        assertEquals("opened", statusAt(town.placeId(), "1990-02-01"));
        assertEquals("1990-01-05", property(town.placeId(), "1990-02-01", "statusDate"));
        org.junit.jupiter.api.Assertions.assertNull(statusAt(town.placeId(), "1990-01-04"));

        // Read again, the same article says the centre is not running.
        store(first, centre(CentreStatus.NOT_RUNNING, LocalDate.of(1990, 1, 5), town));
        assertEquals("not_running", statusAt(town.placeId(), "1990-02-01"));

        // A second article, at a place a few km away: the same centre, proposed before.
        store(second, centre(CentreStatus.PROPOSED, LocalDate.of(1989, 12, 1), near),
                centre(CentreStatus.OPENED, LocalDate.of(1991, 3, 1), near));
        String id = centreId(town.placeId(), near.placeId());
        assertEquals("proposed", statusAt(id, "1989-12-15"));
        assertEquals("not_running", statusAt(id, "1990-06-01"));
        assertEquals("opened", statusAt(id, "1991-06-01"));
        assertEquals("1991-03-01", property(id, "1991-06-01", "statusDate"));

        assertEquals(snapshot(), rebuiltSnapshot(), "incremental derived state equals a rebuild from scratch");

        // The second article read again without its reports: the centre is the first article's alone.
        store(second);
        assertEquals("not_running", statusAt(town.placeId(), "1991-06-01"));
        assertEquals(snapshot(), rebuiltSnapshot());
    }

    /**
     * Bulk ingestion learns a batch of new articles in one call: two articles naming two places of
     * one centre, a general report and a security gap, stored together, end as a rebuild (one
     * article at a time) has them.
     */
    @Test
    void aBatchOfArticlesIsLearntAsOneByOne() throws SQLException {
        List<long[]> places = twoPlacesAFewKmApart("IQG02");
        EventPlace town = place(places.get(0)[0]);
        EventPlace near = place(places.get(1)[0]);
        long first = article("derived batch: first", LocalDate.of(1993, 1, 6));
        long second = article("derived batch: second", LocalDate.of(1993, 2, 2));
        long third = article("derived batch: third", LocalDate.of(1993, 3, 2));
        // The test database is kept between runs: the articles are already stored from the last one.
        store(first);
        store(second);
        store(third);
        Map<Long, List<ExtractedEvent>> batch = new LinkedHashMap<>();
        batch.put(first, List.of(centre(CentreStatus.AGREED, LocalDate.of(1993, 1, 5), town)));
        batch.put(second, List.of(centre(CentreStatus.OPENED, LocalDate.of(1993, 2, 1), near),
                new ExtractedEvent(EventKind.SECURITY_GAP, null, LocalDate.of(1993, 2, 1), TimePrecision.DAY,
                        List.of(near), List.of(), "فراغ أمني (نص اختبار الحالة المشتقة)", 0, 5)));
        batch.put(third, List.of(centre(CentreStatus.NOT_RUNNING, LocalDate.of(1993, 3, 1), town)));
        QuarkusTransaction.requiringNew().run(() -> store.add(batch));

        String id = centreId(town.placeId(), near.placeId());
        assertEquals("agreed", statusAt(id, "1993-01-20"));
        assertEquals("opened", statusAt(id, "1993-02-20"));
        assertEquals("not_running", statusAt(id, "1993-03-20"));
        assertEquals(3, ((Number) property(id, "1993-03-20", "reports")).intValue());
        assertEquals(snapshot(), rebuiltSnapshot(), "a batch learnt at once equals a rebuild one article at a time");
    }

    // ---------------------------------------------------------------------------------------------

    private static ExtractedEvent centre(CentreStatus status, LocalDate date, EventPlace place) {
        return new ExtractedEvent(EventKind.COORDINATION_CENTRE, status, date, TimePrecision.DAY, List.of(place),
                List.of(), "مركز تنسيق (نص اختبار الحالة المشتقة)", 0, 5);
    }

    private long article(String title, LocalDate published) {
        return ingestion.ingest(new NewArticle(title, "test outlet", null, published, "ar",
                "نص اختبار الحالة المشتقة: " + title)).articleId();
    }

    private void store(long articleId, ExtractedEvent... events) {
        QuarkusTransaction.requiringNew().run(() -> store.replace(articleId, List.of(events)));
    }

    private static Map<String, Object> centreAt(Object placeId, String datetime) {
        JsonPath page = given().get(CENTRES + "?limit=10000&datetime=" + datetime).then().statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> features = page.getList("features");
        return features.stream().filter(f -> String.valueOf(f.get("id")).equals(String.valueOf(placeId)))
                .findFirst().orElseThrow(() -> new AssertionError("no centre " + placeId));
    }

    @SuppressWarnings("unchecked")
    private static Object property(Object placeId, String datetime, String name) {
        return ((Map<String, Object>) centreAt(placeId, datetime).get("properties")).get(name);
    }

    private static String statusAt(Object placeId, String datetime) {
        return (String) property(placeId, datetime, "status");
    }

    /** The id of the one centre that holds both places. */
    @SuppressWarnings("unchecked")
    private static String centreId(long a, long b) {
        List<Map<String, Object>> features = given().get(CENTRES + "?limit=10000").then().statusCode(200).extract()
                .jsonPath().getList("features");
        List<String> ids = features.stream().filter(f -> {
            List<Map<String, Object>> places = (List<Map<String, Object>>) ((Map<String, Object>) f.get("properties"))
                    .get("places");
            List<Long> placeIds = places.stream().map(p -> ((Number) p.get("placeId")).longValue()).toList();
            return placeIds.contains(a) && placeIds.contains(b);
        }).map(f -> String.valueOf(f.get("id"))).toList();
        assertEquals(1, ids.size(), "one centre holds both places");
        return ids.get(0);
    }

    /** Two towns of a governorate 3-20 km apart. */
    private List<long[]> twoPlacesAFewKmApart(String governorate) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
                SELECT a.id, b.id FROM place a JOIN place b ON b.id > a.id
                    AND ST_DWithin(a.geom::geography, b.geom::geography, 20000)
                    AND NOT ST_DWithin(a.geom::geography, b.geom::geography, 3000)
                WHERE a.adm1_pcode = ? AND b.adm1_pcode = a.adm1_pcode
                  AND a.feature_class = 'P' AND b.feature_class = 'P'
                ORDER BY a.id, b.id LIMIT 1""")) {
            st.setString(1, governorate);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "two places in " + governorate);
                out.add(new long[] {rs.getLong(1)});
                out.add(new long[] {rs.getLong(2)});
            }
        }
        return out;
    }

    private EventPlace place(long id) {
        return new EventPlace(id, "x", "x", 0, 0, 0, 1);
    }

    private String snapshot() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return DerivedSnapshot.of(c);
        }
    }

    private String rebuiltSnapshot() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("SELECT tansiq_rebuild_derived()");
        }
        return snapshot();
    }
}
