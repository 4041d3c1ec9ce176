package org.tansiq.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * The fixed tiles the benchmark asks every tiled layer for: WebMercatorQuad tiles at zooms 6-12
 * over Kirkuk, Mosul and Baghdad (where the disputed territories' reporting is densest), the
 * tile holding each city and, from zoom 8, its east and south neighbours: 51 tiles.
 */
final class TileList {

    record Tile(int z, int x, int y) {
        String path(String collection) {
            return "/api/collections/" + collection + "/tiles/WebMercatorQuad/" + z + "/" + x + "/" + y;
        }
    }

    private static final double[][] CITIES = {{44.392, 35.468}, {43.130, 36.340}, {44.366, 33.315}};

    private TileList() {
    }

    static List<Tile> tiles() {
        List<Tile> tiles = new ArrayList<>();
        for (double[] city : CITIES) {
            for (int z = 6; z <= 12; z++) {
                int x = x(city[0], z);
                int y = y(city[1], z);
                tiles.add(new Tile(z, x, y));
                if (z >= 8) {
                    tiles.add(new Tile(z, x + 1, y));
                    tiles.add(new Tile(z, x, y + 1));
                }
            }
        }
        return tiles;
    }

    static int x(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    static int y(double lat, int z) {
        double r = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * (1 << z));
    }
}
