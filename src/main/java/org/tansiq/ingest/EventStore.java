package org.tansiq.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.tansiq.events.EventPlace;
import org.tansiq.events.ExtractedEvent;

/**
 * Stores the events extracted from articles (tables {@code event} and {@code event_place}):
 * {@link #replace} for one article read again (whatever an earlier reading stored goes), {@link
 * #add} for articles just stored. Runs in the caller's transaction, so an article's mentions and
 * events change together; derived state (centres, their timelines, gap areas, counts by place,
 * cached tiles: V6__derived_state.sql, V7__vector_tiles.sql) follows in the same transaction.
 * However many events, the rows travel in two statements (as arrays, like {@link MentionRows}).
 */
@ApplicationScoped
public class EventStore {

    /** Ids drawn first, so that each event_place row knows its event without a round trip per event. */
    private static final String IDS = "SELECT nextval(pg_get_serial_sequence('event', 'id')) FROM generate_series(1, ?)";
    /** Separates an event's actors in one array element: canonical actor names never hold it. */
    private static final char ACTOR_SEPARATOR = 31;
    private static final String INSERT_EVENTS = """
            INSERT INTO event (id, article_id, kind, status, event_date, time_precision, actors, quote, start_offset,
                               end_offset)
            SELECT i, a, k, s, d::date, t, string_to_array(ac, chr(%d)), q, so, eo
            FROM unnest(?::int8[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::int4[], ?::int4[]) AS r(i, a, k, s, d, t, ac, q, so, eo)
            """.formatted((int) ACTOR_SEPARATOR);
    /** With the event's kind, sort date and the place's point: what the events layer pages on. */
    private static final String INSERT_PLACES = """
            INSERT INTO event_place (event_id, ordinal, place_id, mention_start, mention_end, kind, sort_date, geom)
            SELECT r.e, r.o, r.p, r.ms, r.me, r.k, coalesce(r.d::date, '-infinity'::date),
                   (SELECT geom FROM place WHERE id = r.p)
            FROM unnest(?::int8[], ?::int4[], ?::int8[], ?::int4[], ?::int4[], ?::text[], ?::text[])
                 AS r(e, o, p, ms, me, k, d)
            """;

    private final EntityManager em;

    EventStore(EntityManager em) {
        this.em = em;
    }

    /** Replaces the article's events with these; returns how many were stored. Needs a transaction. */
    public int replace(long articleId, List<ExtractedEvent> events) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            // What the old events gave is taken out before they go, what the new ones give is added after.
            call(c, "SELECT tansiq_before_events_replaced(?)", articleId);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM event WHERE article_id = ?")) {
                delete.setLong(1, articleId);
                delete.executeUpdate();
            }
            insert(c, Map.of(articleId, events));
            call(c, "SELECT tansiq_after_events_replaced(?)", articleId);
        });
        return events.size();
    }

    /**
     * Stores the events of articles that have none stored yet (just inserted), and derived state
     * once for all of them. Needs a transaction.
     */
    void add(Map<Long, List<ExtractedEvent>> byArticle) {
        if (byArticle.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            insert(c, byArticle);
            try (PreparedStatement ps = c.prepareStatement("SELECT tansiq_events_added(?::int8[])")) {
                ps.setArray(1, c.createArrayOf("int8", byArticle.keySet().toArray(Long[]::new)));
                ps.execute();
            }
        });
    }

    /** How many events the article has stored. */
    public int count(long articleId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM event WHERE article_id = ?1")
                .setParameter(1, articleId).getSingleResult()).intValue();
    }

    private static void insert(Connection c, Map<Long, List<ExtractedEvent>> byArticle) throws SQLException {
        int n = byArticle.values().stream().mapToInt(List::size).sum();
        if (n == 0) {
            return;
        }
        long[] ids = ids(c, n);
        Long[] eventIds = new Long[n];
        Long[] articleIds = new Long[n];
        String[][] text = new String[6][n]; // kind, status, date, precision, actors, quote
        Integer[] starts = new Integer[n];
        Integer[] ends = new Integer[n];
        List<Object[]> places = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Long, List<ExtractedEvent>> article : byArticle.entrySet()) {
            for (ExtractedEvent e : article.getValue()) {
                eventIds[i] = ids[i];
                articleIds[i] = article.getKey();
                text[0][i] = e.kind().json();
                text[1][i] = e.status() == null ? null : e.status().json();
                text[2][i] = e.date() == null ? null : e.date().toString();
                text[3][i] = e.timePrecision() == null ? null : e.timePrecision().json();
                text[4][i] = e.actors() == null ? "" : String.join(String.valueOf(ACTOR_SEPARATOR), e.actors());
                text[5][i] = e.quote();
                starts[i] = e.start();
                ends[i] = e.end();
                int ordinal = 0;
                for (EventPlace p : e.places()) {
                    places.add(new Object[] {ids[i], ordinal++, p.placeId(), p.mentionStart(), p.mentionEnd(),
                        text[0][i], text[2][i]});
                }
                i++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENTS)) {
            ps.setArray(1, c.createArrayOf("int8", eventIds));
            ps.setArray(2, c.createArrayOf("int8", articleIds));
            for (int k = 0; k < 6; k++) {
                ps.setArray(3 + k, c.createArrayOf("text", text[k]));
            }
            ps.setArray(9, c.createArrayOf("int4", starts));
            ps.setArray(10, c.createArrayOf("int4", ends));
            ps.executeUpdate();
        }
        if (places.isEmpty()) {
            return;
        }
        String[] types = {"int8", "int4", "int8", "int4", "int4", "text", "text"};
        try (PreparedStatement ps = c.prepareStatement(INSERT_PLACES)) {
            for (int k = 0; k < types.length; k++) {
                int column = k;
                ps.setArray(k + 1, c.createArrayOf(types[k], places.stream().map(row -> row[column]).toArray()));
            }
            ps.executeUpdate();
        }
    }

    private static long[] ids(Connection c, int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement ps = c.prepareStatement(IDS)) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < n; i++) {
                    rs.next();
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    private static void call(Connection c, String sql, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, articleId);
            ps.execute();
        }
    }
}
