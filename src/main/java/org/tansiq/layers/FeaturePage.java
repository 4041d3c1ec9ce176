package org.tansiq.layers;

/**
 * One page of a layer: the features as GeoJSON text made by PostGIS, how many match in all when
 * that is known cheaply, and where the next page starts.
 *
 * @param featuresJson  a JSON array of GeoJSON Feature objects
 * @param numberMatched how many features match in all, or null when counting would cost more than
 *                      the page (OGC API Features lets a server leave it out)
 * @param nextCursor    the cursor of the next page, or null on the last page
 */
public record FeaturePage(String featuresJson, Long numberMatched, int numberReturned, String nextCursor) {
}
