package org.tansiq.layers;

/**
 * One page request to a layer, its parameters already parsed and checked.
 *
 * @param bbox     features that intersect it, or null for all
 * @param level    administrative level 1-3 ({@link FeatureLayer.Option#LEVEL}), or null for all levels
 * @param simplify tolerance in degrees for simplified polygons ({@link FeatureLayer.Option#SIMPLIFY}), or null
 *                 for the full geometry
 */
public record LayerQuery(BBox bbox, int limit, int offset, Integer level, Double simplify) {
}
