package org.tansiq.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.tansiq.geocoding.ResolvedMention;

/**
 * Writes mentions with one statement for any number of articles: the rows travel as seven
 * arrays and {@code unnest} turns them back into rows, so a batch of articles costs one round
 * trip instead of one ORM insert per mention (and needs no escaping, unlike COPY's text form).
 */
final class MentionRows {

    private static final String INSERT = """
            INSERT INTO mention (article_id, start_offset, end_offset, surface, place_id, confidence, approximate)
            SELECT * FROM unnest(?::int8[], ?::int4[], ?::int4[], ?::text[], ?::int8[], ?::float4[], ?::bool[])
            """;

    /** One article's mentions. */
    record Of(long articleId, List<ResolvedMention> mentions) {
    }

    private MentionRows() {
    }

    static void insert(Connection c, List<Of> articles) throws SQLException {
        int n = articles.stream().mapToInt(a -> a.mentions().size()).sum();
        if (n == 0) {
            return;
        }
        Long[] articleIds = new Long[n];
        Integer[] starts = new Integer[n];
        Integer[] ends = new Integer[n];
        String[] surfaces = new String[n];
        Long[] placeIds = new Long[n];
        Float[] confidences = new Float[n];
        Boolean[] approximate = new Boolean[n];
        int i = 0;
        for (Of a : articles) {
            for (ResolvedMention m : a.mentions()) {
                articleIds[i] = a.articleId();
                starts[i] = m.start();
                ends[i] = m.end();
                surfaces[i] = m.surface();
                placeIds[i] = m.place().id();
                confidences[i] = (float) m.confidence();
                approximate[i] = m.approximate();
                i++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setArray(1, c.createArrayOf("int8", articleIds));
            ps.setArray(2, c.createArrayOf("int4", starts));
            ps.setArray(3, c.createArrayOf("int4", ends));
            ps.setArray(4, c.createArrayOf("text", surfaces));
            ps.setArray(5, c.createArrayOf("int8", placeIds));
            ps.setArray(6, c.createArrayOf("float4", confidences));
            ps.setArray(7, c.createArrayOf("bool", approximate));
            ps.executeUpdate();
        }
    }
}
