package org.tansiq.layers;

import java.time.LocalDate;
import org.tansiq.events.CentreStatus;
import org.tansiq.events.EventKind;

/**
 * One page request to a layer, its parameters already parsed and checked.
 *
 * @param bbox     features that intersect it, or null for all
 * @param level    administrative level 1-3 ({@link FeatureLayer.Option#LEVEL}), or null for all levels
 * @param simplify tolerance in degrees for simplified polygons ({@link FeatureLayer.Option#SIMPLIFY}), or null
 *                 for the full geometry
 * @param asOf     the date statuses are taken at ({@link FeatureLayer.Option#DATETIME}), or null for today
 * @param radiusKm how far a centre's coordination reaches ({@link FeatureLayer.Option#RADIUS}), or null for the
 *                 layer's default
 * @param kind     only events of this kind ({@link FeatureLayer.Option#KIND}), or null for all
 * @param status   only coordination centres of this status as of {@code asOf} ({@link FeatureLayer.Option#STATUS}),
 *                 or null for all
 * @param cursor   where the page starts (the {@code next} link's), or null for the first page (then
 *                 {@code offset} rows are skipped)
 */
public record LayerQuery(BBox bbox, int limit, int offset, Integer level, Double simplify, LocalDate asOf,
        Double radiusKm, EventKind kind, CentreStatus status, Cursor cursor) {

    /** The options one feature by id takes (bbox and paging mean nothing there). */
    public static LayerQuery forFeature(Double simplify, LocalDate asOf, Double radiusKm) {
        return new LayerQuery(null, 1, 0, null, simplify, asOf, radiusKm, null, null, null);
    }

    /** The same filters for a tile: no bbox or paging. */
    public static LayerQuery forTile(LocalDate asOf, EventKind kind, CentreStatus status) {
        return new LayerQuery(null, 1, 0, null, null, asOf, null, kind, status, null);
    }

    /** {@link #asOf}, or today (UTC) when the client gave no date. */
    public LocalDate asOfOrToday() {
        return asOf != null ? asOf : LocalDate.now(java.time.ZoneOffset.UTC);
    }
}
