package org.tansiq.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.tansiq.text.TextHash;

/**
 * The name index's dictionary as the matcher reads it: every match key, and every word that
 * begins one, in an open-addressing table keyed by {@link TextHash}. An entry holds the key, its
 * places (none for a word that only begins longer names) and the length in words of the
 * longest name that begins with its first word, so one probe per reading of a word tells the
 * matcher both whether the word is a name and how far a longer name could run.
 *
 * <p>Immutable once built. Probed with a hash the caller computed (often without building the
 * string); a hit must be confirmed with {@link #key(int)}.
 */
public final class NameTable {

    private static final Logger LOG = Logger.getLogger(NameTable.class);

    /**
     * Slot k at [2k, 2k+1]: the key's hash and its entry index + 1 (0: empty). Side by side, so a
     * probe reads one cache line.
     */
    private final long[] slots;
    private final int mask;
    /**
     * Two bits per entry, taken from the mixed hash (a Bloom filter, k = 2): most words of a text
     * name nothing, and this small array, which stays in cache, turns most of them away before a
     * probe of the large table.
     */
    private final long[] filter;
    private final int filterMask;
    private final String[] keys;
    private final List<List<PlaceCandidate>> places;
    private final int[] longestFrom;
    private final int nameCount;
    private final int maxTokens;

    private NameTable(List<String> keys, List<List<PlaceCandidate>> places, int[] longestFrom, int nameCount) {
        int capacity = Integer.highestOneBit(Math.max(16, keys.size() * 2 - 1)) << 1;
        this.slots = new long[2 * capacity];
        this.mask = capacity - 1;
        int filterBits = Integer.highestOneBit(Math.max(64, keys.size() * 8 - 1)) << 1;
        this.filter = new long[filterBits / 64];
        this.filterMask = filterBits - 1;
        this.keys = keys.toArray(String[]::new);
        this.places = List.copyOf(places);
        this.longestFrom = longestFrom;
        this.nameCount = nameCount;
        int longest = 1;
        for (int e = 0; e < this.keys.length; e++) {
            long h = TextHash.of(this.keys[e]);
            long mixed = TextHash.mix(h);
            int slot = (int) mixed & mask;
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = h;
            slots[2 * slot + 1] = e + 1;
            int a = (int) (mixed >>> 32) & filterMask;
            int b = (int) (mixed >>> 48 | mixed << 16) & filterMask;
            filter[a >>> 6] |= 1L << a;
            filter[b >>> 6] |= 1L << b;
            if (!places.get(e).isEmpty()) {
                longest = Math.max(longest, words(this.keys[e]));
            }
        }
        this.maxTokens = longest;
    }

    /** The table for these keys and the places each names. */
    public static NameTable of(Map<String, List<PlaceCandidate>> byKey) {
        Map<String, Integer> longestFrom = new HashMap<>();
        for (String key : byKey.keySet()) {
            int space = key.indexOf(' ');
            longestFrom.merge(space < 0 ? key : key.substring(0, space), words(key), Math::max);
        }
        List<String> keys = new ArrayList<>(longestFrom.size() + byKey.size());
        List<List<PlaceCandidate>> places = new ArrayList<>(keys.size());
        Map<Long, String> seen = new HashMap<>();
        for (Map.Entry<String, List<PlaceCandidate>> e : byKey.entrySet()) {
            if (distinct(seen, e.getKey())) {
                keys.add(e.getKey());
                places.add(List.copyOf(e.getValue()));
            }
        }
        int names = keys.size();
        for (String first : longestFrom.keySet()) {
            if (!byKey.containsKey(first) && distinct(seen, first)) {
                keys.add(first);
                places.add(List.of());
            }
        }
        int[] longest = new int[keys.size()];
        for (int e = 0; e < longest.length; e++) {
            longest[e] = longestFrom.getOrDefault(keys.get(e), 0);
        }
        return new NameTable(keys, places, longest, names);
    }

    /**
     * False for a string whose 64-bit hash another one already has (odds of about one in 10^9
     * for a dictionary this size): the table keeps one entry per hash, and says which it dropped.
     */
    private static boolean distinct(Map<Long, String> seen, String key) {
        String other = seen.putIfAbsent(TextHash.of(key), key);
        if (other != null) {
            LOG.warnf("Name table: «%s» has the hash of «%s» and is left out", key, other);
            return false;
        }
        return true;
    }

    /** The entry with this {@link TextHash}, or -1. */
    public int find(long hash) {
        long mixed = TextHash.mix(hash);
        int a = (int) (mixed >>> 32) & filterMask;
        int b = (int) (mixed >>> 48 | mixed << 16) & filterMask;
        if ((filter[a >>> 6] & 1L << a) == 0 || (filter[b >>> 6] & 1L << b) == 0) {
            return -1;
        }
        int slot = (int) mixed & mask;
        long entry;
        while ((entry = slots[2 * slot + 1]) != 0) {
            if (slots[2 * slot] == hash) {
                return (int) entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    public String key(int entry) {
        return keys[entry];
    }

    /** The places named by the entry's key; empty when the key only begins longer names. */
    public List<PlaceCandidate> places(int entry) {
        return places.get(entry);
    }

    /** Words in the longest name that begins with the entry's key as its first word; 0 when none. */
    public int longestFrom(int entry) {
        return longestFrom[entry];
    }

    /** The places named {@code key}; empty when none. */
    public List<PlaceCandidate> lookup(String key) {
        int e = find(TextHash.of(key));
        return e >= 0 && keys[e].equals(key) ? places.get(e) : List.of();
    }

    /** Words in the longest name, so the matcher knows how far to look ahead. */
    public int maxTokens() {
        return maxTokens;
    }

    /** Number of names (keys with places). */
    public int size() {
        return nameCount;
    }

    /** Every name, in no particular order. */
    public List<String> names() {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(keys).subList(0, nameCount));
    }

    private static int words(String key) {
        int n = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
