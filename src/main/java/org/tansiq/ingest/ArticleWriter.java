package org.tansiq.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.tansiq.events.ExtractedEvent;

/**
 * Stores articles already read ({@link ParsedArticle}) in one short transaction per call: a
 * few statements for the whole batch (articles, mentions, then the new articles' events and their
 * derived state through {@link EventStore}). Idempotent by the text's SHA-256, in three layers: an advisory
 * lock on each hash (so a concurrent post of the same text waits, then finds it), the check
 * for stored hashes under that lock, and {@code ON CONFLICT DO NOTHING} on the unique index for
 * a writer that took no lock (an older version of the app on the same database): a conflict
 * reads as "already stored", never as an error.
 */
@ApplicationScoped
class ArticleWriter {

    /**
     * Locks in one order (by lock key) whatever order the batch came in: two batches sharing
     * texts then never wait for each other in a cycle. Same key as before bulk ingestion existed,
     * so older instances on the same database still serialise with this one.
     */
    private static final String LOCK = """
            SELECT pg_advisory_xact_lock(k) FROM (
                SELECT DISTINCT hashtextextended(s, 0) AS k FROM unnest(?::text[]) AS s ORDER BY 1) AS keys
            """;
    private static final String FIND = "SELECT sha256, id FROM article WHERE sha256 = ANY(?::bpchar[])";
    private static final String INSERT = """
            INSERT INTO article (title, outlet, url, published_at, language, body, sha256, geoparsed_with,
                                 events_extracted_with)
            SELECT t, o, u, p::date, l, b, s, g, e
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[]) AS r(t, o, u, p, l, b, s, g, e)
            ON CONFLICT (sha256) DO NOTHING
            RETURNING sha256, id
            """;
    private static final String COUNT_MENTIONS = """
            SELECT article_id, count(*) FROM mention WHERE article_id = ANY(?::int8[]) GROUP BY article_id
            """;

    private final EntityManager em;
    private final EventStore events;

    ArticleWriter(EntityManager em, EventStore events) {
        this.em = em;
        this.events = events;
    }

    /** One result per article, in the batch's order; the batch must not hold the same text twice. */
    @Transactional
    List<IngestResult> write(List<ParsedArticle> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<String, ParsedArticle> bySha = new LinkedHashMap<>();
        batch.forEach(a -> bySha.put(a.sha256(), a));
        Map<String, Long> created = new HashMap<>();
        Map<String, Long> existing = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            String[] shas = bySha.keySet().toArray(String[]::new);
            execute(c, LOCK, c.createArrayOf("text", shas));
            existing.putAll(find(c, shas));
            List<ParsedArticle> fresh = batch.stream().filter(a -> !existing.containsKey(a.sha256())).toList();
            created.putAll(insert(c, fresh));
            List<String> lost = fresh.stream().map(ParsedArticle::sha256).filter(s -> !created.containsKey(s))
                    .toList();
            if (!lost.isEmpty()) { // another writer stored them after our check, without our lock
                existing.putAll(find(c, lost.toArray(String[]::new)));
            }
            MentionRows.insert(c, fresh.stream().filter(a -> created.containsKey(a.sha256()))
                    .map(a -> new MentionRows.Of(created.get(a.sha256()), a.mentions())).toList());
        });
        Map<Long, List<ExtractedEvent>> newEvents = new LinkedHashMap<>();
        for (ParsedArticle a : batch) {
            Long id = created.get(a.sha256());
            if (id != null && a.events() != null) {
                newEvents.put(id, a.events());
            }
        }
        events.add(newEvents);
        Map<Long, Integer> storedMentions = countMentions(existing.values());
        List<IngestResult> results = new ArrayList<>(batch.size());
        for (ParsedArticle a : batch) {
            Long id = created.get(a.sha256());
            results.add(id != null ? new IngestResult(id, true, a.mentions().size(), a.sha256())
                    : stored(existing.get(a.sha256()), storedMentions, a.sha256()));
        }
        return results;
    }

    /** The stored articles among these texts' hashes, as "already stored" results; reads only. */
    @Transactional
    Map<String, IngestResult> findStored(List<String> shas) {
        if (shas.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> ids = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> ids.putAll(find(c, shas.toArray(String[]::new))));
        Map<Long, Integer> mentions = countMentions(ids.values());
        Map<String, IngestResult> out = new HashMap<>();
        ids.forEach((sha, id) -> out.put(sha, stored(id, mentions, sha)));
        return out;
    }

    private static IngestResult stored(long id, Map<Long, Integer> mentions, String sha) {
        return new IngestResult(id, false, mentions.getOrDefault(id, 0), sha);
    }

    private Map<Long, Integer> countMentions(Collection<Long> articleIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(COUNT_MENTIONS)) {
                ps.setArray(1, c.createArrayOf("int8", articleIds.toArray(Long[]::new)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
        });
        return counts;
    }

    private static Map<String, Long> find(Connection c, String[] shas) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setArray(1, c.createArrayOf("text", shas));
            return shaToId(ps);
        }
    }

    private static Map<String, Long> insert(Connection c, List<ParsedArticle> fresh) throws SQLException {
        if (fresh.isEmpty()) {
            return Map.of();
        }
        int n = fresh.size();
        String[][] columns = new String[9][n];
        for (int i = 0; i < n; i++) {
            ParsedArticle a = fresh.get(i);
            NewArticle in = a.input();
            columns[0][i] = in.title().strip();
            columns[1][i] = blankToNull(in.outlet());
            columns[2][i] = blankToNull(in.url());
            columns[3][i] = in.publishedAt() == null ? null : in.publishedAt().toString();
            columns[4][i] = in.languageOrDefault();
            columns[5][i] = in.text();
            columns[6][i] = a.sha256();
            columns[7][i] = a.geoparsedWith();
            columns[8][i] = a.eventsVersion();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int k = 0; k < columns.length; k++) {
                ps.setArray(k + 1, c.createArrayOf("text", columns[k]));
            }
            return shaToId(ps);
        }
    }

    private static Map<String, Long> shaToId(PreparedStatement ps) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static void execute(Connection c, String sql, Array array) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, array);
            ps.executeQuery().close();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
