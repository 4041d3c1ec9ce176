package org.tansiq.layers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Mapbox Vector Tile (protobuf, spec 2.1) far enough for tests: layers, their features'
 * ids, properties and first point. Written from the specification, so a tile PostGIS made is
 * checked by something other than PostGIS.
 */
public final class MvtReader {

    public record Feature(Long id, int type, Map<String, Object> properties, int[] firstPoint) {
    }

    public record Layer(String name, int extent, List<Feature> features) {
    }

    private final byte[] b;
    private int pos;
    private final int end;

    private MvtReader(byte[] b, int pos, int end) {
        this.b = b;
        this.pos = pos;
        this.end = end;
    }

    public static Map<String, Layer> read(byte[] tile) {
        Map<String, Layer> layers = new LinkedHashMap<>();
        MvtReader r = new MvtReader(tile, 0, tile.length);
        while (r.pos < r.end) {
            long key = r.varint();
            if (key >>> 3 == 3 && (key & 7) == 2) {
                Layer l = r.sub().layer();
                layers.put(l.name(), l);
            } else {
                r.skip((int) (key & 7));
            }
        }
        return layers;
    }

    private Layer layer() {
        String name = null;
        int extent = 4096;
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<MvtReader> features = new ArrayList<>();
        while (pos < end) {
            long key = varint();
            int field = (int) (key >>> 3);
            switch (field) {
                case 1 -> name = string();
                case 2 -> features.add(sub());
                case 3 -> keys.add(string());
                case 4 -> values.add(sub().value());
                case 5 -> extent = (int) varint();
                default -> skip((int) (key & 7));
            }
        }
        List<Feature> out = new ArrayList<>();
        for (MvtReader f : features) {
            out.add(f.feature(keys, values));
        }
        return new Layer(name, extent, out);
    }

    private Feature feature(List<String> keys, List<Object> values) {
        Long id = null;
        int type = 0;
        Map<String, Object> props = new LinkedHashMap<>();
        int[] point = null;
        while (pos < end) {
            long key = varint();
            switch ((int) (key >>> 3)) {
                case 1 -> id = varint();
                case 2 -> {
                    MvtReader tags = sub();
                    while (tags.pos < tags.end) {
                        int k = (int) tags.varint();
                        int v = (int) tags.varint();
                        props.put(keys.get(k), values.get(v));
                    }
                }
                case 3 -> type = (int) varint();
                case 4 -> {
                    MvtReader g = sub();
                    long command = g.varint();
                    if ((command & 7) == 1) {
                        point = new int[] {zigzag(g.varint()), zigzag(g.varint())};
                    }
                }
                default -> skip((int) (key & 7));
            }
        }
        return new Feature(id, type, props, point);
    }

    private Object value() {
        Object v = null;
        while (pos < end) {
            long key = varint();
            switch ((int) (key >>> 3)) {
                case 1 -> v = string();
                case 2 -> v = Float.intBitsToFloat((int) fixed(4));
                case 3 -> v = Double.longBitsToDouble(fixed(8));
                case 4, 5 -> v = varint();
                case 6 -> v = (long) zigzag(varint());
                case 7 -> v = varint() != 0;
                default -> skip((int) (key & 7));
            }
        }
        return v;
    }

    private long varint() {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte x = b[pos++];
            v |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
    }

    private long fixed(int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v |= (long) (b[pos++] & 0xff) << (8 * i);
        }
        return v;
    }

    private MvtReader sub() {
        int len = (int) varint();
        MvtReader r = new MvtReader(b, pos, pos + len);
        pos += len;
        return r;
    }

    private String string() {
        int len = (int) varint();
        String s = new String(b, pos, len, StandardCharsets.UTF_8);
        pos += len;
        return s;
    }

    private void skip(int wireType) {
        switch (wireType) {
            case 0 -> varint();
            case 1 -> pos += 8;
            case 2 -> pos += (int) varint();
            case 5 -> pos += 4;
            default -> throw new IllegalStateException("wire type " + wireType);
        }
    }

    private static int zigzag(long n) {
        return (int) ((n >>> 1) ^ -(n & 1));
    }
}
