package org.tansiq.text;

/**
 * A 64-bit polynomial hash of text: {@code h(s) = s[0]·M^(n-1) + ... + s[n-1]}, mod 2^64.
 *
 * <p>Why not {@link String#hashCode}: Arabic letters are some 40 consecutive code points and its
 * multiplier is 31, so Arabic names collide often (HashMap falls back to tree bins and spends its
 * time comparing strings). And a polynomial hash composes: from the {@link Prefixes} of a text,
 * the hash of any region, of a region after a leading char, and of regions joined with or
 * without a space, each follows in O(1) without building the string. The matcher looks up
 * several readings of every word that way, and builds a string only when a name is there.
 *
 * <p>Not a defence against crafted collisions: callers compare the string on a hit.
 */
public final class TextHash {

    /** Odd, with its bits spread (the 64-bit golden ratio). */
    static final long M = 0x9E3779B97F4A7C15L;
    private static final int CACHED_POWERS = 1024;
    private static final long[] POWERS = new long[CACHED_POWERS];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < CACHED_POWERS; i++) {
            POWERS[i] = POWERS[i - 1] * M;
        }
    }

    private TextHash() {
    }

    public static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    /** Hash of the region [start, end) of {@code s}, with no string made for it. */
    public static long of(CharSequence s, int start, int end) {
        long h = 0;
        for (int i = start; i < end; i++) {
            h = h * M + s.charAt(i);
        }
        return h;
    }

    /** M^n: the factor that shifts a hash left by {@code n} chars. */
    public static long power(int n) {
        if (n < CACHED_POWERS) {
            return POWERS[n];
        }
        long p = POWERS[CACHED_POWERS - 1];
        for (int i = CACHED_POWERS - 1; i < n; i++) {
            p *= M;
        }
        return p;
    }

    /** Hash of a + b, from the hashes of a and b and the length of b. */
    public static long concat(long a, long b, int bLength) {
        return a * power(bLength) + b;
    }

    /** Hash of a followed by one char. */
    public static long append(long a, char c) {
        return a * M + c;
    }

    /** Hash of one char followed by b. */
    public static long prepend(char c, long b, int bLength) {
        return c * power(bLength) + b;
    }

    /** Spreads a hash's bits for a table index (MurmurHash3's 64-bit finaliser). */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    public static Prefixes prefixes(CharSequence text) {
        return new Prefixes(text);
    }

    /** The hashes of every prefix of one text, so any region's hash costs two multiplications. */
    public static final class Prefixes {

        private final long[] prefix;

        private Prefixes(CharSequence text) {
            prefix = new long[text.length() + 1];
            for (int i = 0; i < text.length(); i++) {
                prefix[i + 1] = prefix[i] * M + text.charAt(i);
            }
        }

        /** Hash of the region [start, end). */
        public long of(int start, int end) {
            return prefix[end] - prefix[start] * power(end - start);
        }
    }
}
