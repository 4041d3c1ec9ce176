package org.tansiq.layers;

/** A WGS 84 bounding box as OGC API Features' {@code bbox=minLon,minLat,maxLon,maxLat}. */
public record BBox(double minLon, double minLat, double maxLon, double maxLat) {

    /** Parses the query parameter; throws IllegalArgumentException with a message fit for the user. */
    public static BBox parse(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be four comma-separated numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox value '" + parts[i].strip() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("bbox values must be finite numbers");
            }
        }
        BBox b = new BBox(v[0], v[1], v[2], v[3]);
        if (b.minLon < -180 || b.maxLon > 180 || b.minLat < -90 || b.maxLat > 90) {
            throw new IllegalArgumentException("bbox must lie within -180..180 longitude and -90..90 latitude");
        }
        if (b.minLon > b.maxLon || b.minLat > b.maxLat) {
            throw new IllegalArgumentException("bbox minimum must not exceed maximum (minLon,minLat,maxLon,maxLat)");
        }
        return b;
    }
}
