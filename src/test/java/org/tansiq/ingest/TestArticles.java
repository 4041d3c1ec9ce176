package org.tansiq.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Takes a test's own articles out of the test database, which is kept between runs. */
public final class TestArticles {

    private TestArticles() {
    }

    /**
     * Deletes the articles whose text matches the SQL {@code LIKE} pattern (their mentions and
     * events go by cascade) and rebuilds derived state, in one transaction: their events took part
     * in centres' counts and timelines and gap areas, which a cascade does not undo, and what they
     * left would change what the seed tests find next time. Commits on the given connection.
     */
    public static void forget(Connection c, String bodyLike) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM article WHERE body LIKE ?");
                PreparedStatement rebuild = c.prepareStatement("SELECT tansiq_rebuild_derived()")) {
            delete.setString(1, bodyLike);
            delete.executeUpdate();
            rebuild.execute();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
