package org.tansiq.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.hibernate.Session;
import org.tansiq.events.EventPlace;
import org.tansiq.events.ExtractedEvent;

/**
 * Stores the events extracted from one article (tables {@code event} and {@code event_place}),
 * replacing whatever an earlier reading stored: storing the same reading twice leaves the same
 * rows. Runs in the caller's transaction, so an article's mentions and events change together.
 */
@ApplicationScoped
public class EventStore {

    private static final String INSERT_EVENT = """
            INSERT INTO event (article_id, kind, status, event_date, time_precision, actors, quote, start_offset,
                               end_offset)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """;
    /** With the event's kind, sort date and the place's point: what the events layer pages on. */
    private static final String INSERT_PLACE = """
            INSERT INTO event_place (event_id, ordinal, place_id, mention_start, mention_end, kind, sort_date, geom)
            VALUES (?, ?, ?, ?, ?, ?, coalesce(?, '-infinity'::date), (SELECT geom FROM place WHERE id = ?))
            """;

    private final EntityManager em;

    EventStore(EntityManager em) {
        this.em = em;
    }

    /** Replaces the article's events with these; returns how many were stored. Needs a transaction. */
    public int replace(long articleId, List<ExtractedEvent> events) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> write(c, articleId, events));
        return events.size();
    }

    /** How many events the article has stored. */
    public int count(long articleId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM event WHERE article_id = ?1")
                .setParameter(1, articleId).getSingleResult()).intValue();
    }

    private static void write(Connection c, long articleId, List<ExtractedEvent> events) throws SQLException {
        // Derived state (centres, their timelines, gap areas, counts by place, cached tiles:
        // V6__derived_state.sql, V7__vector_tiles.sql) follows the
        // events in this transaction: what the old events gave is taken out before they go, what
        // the new ones give is added after.
        call(c, "SELECT tansiq_before_events_replaced(?)", articleId);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM event WHERE article_id = ?")) {
            delete.setLong(1, articleId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_EVENT);
                PreparedStatement place = c.prepareStatement(INSERT_PLACE)) {
            for (ExtractedEvent e : events) {
                long id = insertEvent(c, insert, articleId, e);
                int ordinal = 0;
                for (EventPlace p : e.places()) {
                    place.setLong(1, id);
                    place.setInt(2, ordinal++);
                    place.setLong(3, p.placeId());
                    place.setInt(4, p.mentionStart());
                    place.setInt(5, p.mentionEnd());
                    place.setString(6, e.kind().json());
                    place.setObject(7, e.date() == null ? null : Date.valueOf(e.date()), Types.DATE);
                    place.setLong(8, p.placeId());
                    place.addBatch();
                }
            }
            place.executeBatch();
        }
        call(c, "SELECT tansiq_after_events_replaced(?)", articleId);
    }

    private static void call(Connection c, String sql, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, articleId);
            ps.execute();
        }
    }

    private static long insertEvent(Connection c, PreparedStatement ps, long articleId, ExtractedEvent e)
            throws SQLException {
        ps.setLong(1, articleId);
        ps.setString(2, e.kind().json());
        ps.setString(3, e.status() == null ? null : e.status().json());
        if (e.date() == null) {
            ps.setNull(4, Types.DATE);
        } else {
            ps.setDate(4, Date.valueOf(e.date()));
        }
        ps.setString(5, e.timePrecision() == null ? null : e.timePrecision().json());
        ps.setArray(6, c.createArrayOf("text", e.actors() == null ? new Object[0] : e.actors().toArray()));
        ps.setString(7, e.quote());
        ps.setInt(8, e.start());
        ps.setInt(9, e.end());
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
