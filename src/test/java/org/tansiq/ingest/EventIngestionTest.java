package org.tansiq.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tansiq.dates.TimePrecision;
import org.tansiq.events.EventExtractor;
import org.tansiq.events.EventKind;
import org.tansiq.events.EventPlace;
import org.tansiq.events.ExtractedEvent;
import org.tansiq.geocoding.ResolvedMention;

/**
 * Ingestion hands the geoparser's mentions to the extractor and stores what it returns with the
 * article, in the same transaction. The extractor here is a test stand-in, not a bean: one
 * deployment per mention, so the stored rows are easy to predict.
 */
@QuarkusTest
class EventIngestionTest {

    static final String TEXT = "انتشرت قوات في كركوك ومخمور (نص اختبار الاستخراج).";

    /** One deployment event per resolved mention, dated the publication date. */
    static final class DeploymentPerMention implements EventExtractor {
        @Override
        public List<ExtractedEvent> extract(String text, List<ResolvedMention> mentions, LocalDate published) {
            return mentions.stream().map(m -> new ExtractedEvent(EventKind.DEPLOYMENT, null, published,
                    TimePrecision.DAY, List.of(new EventPlace(m.place().id(), m.place().name(), m.place().nameEn(),
                            m.place().lat(), m.place().lon(), m.start(), m.end())), List.of(), text, 0,
                    text.length())).toList();
        }

        @Override
        public String version() {
            return "deployment-per-mention";
        }
    }

    @Inject
    IngestionService ingestion;
    @Inject
    EventStore events;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theExtractedEventsAreStoredWithTheArticle() throws SQLException {
        // A fresh article every run: an earlier run's copy (and its events, by cascade) goes first.
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE body = ?")) {
            ps.setString(1, TEXT);
            ps.executeUpdate();
        }
        LocalDate published = LocalDate.of(2004, 2, 3);
        IngestResult result = ingestion.ingest(new NewArticle("extraction wiring", null, null, published, "ar", TEXT),
                Optional.of(new DeploymentPerMention()));
        long id = result.articleId();
        List<String> rows = rows("""
                SELECT e.kind || ' ' || e.event_date || ' ' || ep.place_id || ' ' || substr(a.body, ep.mention_start + 1,
                       ep.mention_end - ep.mention_start)
                FROM event e JOIN article a ON a.id = e.article_id LEFT JOIN event_place ep ON ep.event_id = e.id
                WHERE e.article_id = ? ORDER BY ep.mention_start""", id);
        assertTrue(result.created());
        assertEquals(result.mentions(), rows.size(), rows.toString());
        assertTrue(rows.size() >= 2, rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.startsWith("deployment 2004-02-03")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("كركوك")), rows.toString());
        assertEquals(List.of(id), ids("SELECT id FROM article WHERE id = ? AND events_extracted_with IS NOT NULL",
                id));
    }

    @Test
    void replacingTheEventsIsIdempotent() throws SQLException {
        long id = ingestion.ingest(new NewArticle("extraction replace", null, null, null, "ar", TEXT + " ٢"))
                .articleId();
        List<ExtractedEvent> two = List.of(
                new ExtractedEvent(EventKind.OPERATION, null, null, null, List.of(), List.of("coalition"), "x", 0, 1),
                new ExtractedEvent(EventKind.ATTACK, null, null, TimePrecision.UNKNOWN, List.of(), List.of(), "y", 1,
                        2));
        QuarkusTransaction.requiringNew().run(() -> events.replace(id, two));
        QuarkusTransaction.requiringNew().run(() -> events.replace(id, two));
        assertEquals(List.of("attack", "operation"), rows("SELECT kind FROM event WHERE article_id = ? ORDER BY kind",
                id));
    }

    private List<String> rows(String sql, long arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            List<String> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private List<Long> ids(String sql, long arg) throws SQLException {
        return rows(sql, arg).stream().map(Long::valueOf).toList();
    }
}
