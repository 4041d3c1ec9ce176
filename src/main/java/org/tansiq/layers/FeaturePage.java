package org.tansiq.layers;

/**
 * One page of a layer: the features as GeoJSON text made by PostGIS, and how many match in all.
 *
 * @param featuresJson a JSON array of GeoJSON Feature objects
 */
public record FeaturePage(String featuresJson, long numberMatched, int numberReturned) {
}
