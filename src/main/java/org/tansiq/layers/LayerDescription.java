package org.tansiq.layers;

/**
 * What a client is told about a layer in the collection list, defined by the layer bean itself.
 *
 * @param position     where the layer appears in {@code /api/collections}
 * @param geometryType the GeoJSON geometry type of its features
 * @param attribution  the credit its data requires
 */
public record LayerDescription(int position, String title, String description, String geometryType,
        String attribution) {
}
