package org.tansiq.layers;

/**
 * How a layer pages: a total order an index can serve, the key of a row in that order (a SQL
 * expression giving a JSON array, which becomes the {@code next} link's cursor), and the
 * condition for the rows after a key, with one {@code ?} per key value (bound as text; the
 * condition casts them).
 *
 * @param key   e.g. {@code json_build_array(ep.sort_date, ep.event_id, ep.ordinal)}
 * @param order e.g. {@code ep.sort_date DESC, ep.event_id DESC, ep.ordinal DESC}
 * @param after e.g. {@code (ep.sort_date, ep.event_id, ep.ordinal) < (?::date, ?::bigint, ?::int)}
 */
public record Keyset(String key, String order, String after) {

    /** How many values a cursor of this order holds. */
    public int arity() {
        return (int) after.chars().filter(ch -> ch == '?').count();
    }
}
