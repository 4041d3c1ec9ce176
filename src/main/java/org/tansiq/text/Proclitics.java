package org.tansiq.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic attaches conjunctions, prepositions and the article to the word that follows
 * («وكركوك», «بالموصل», «للتنسيق»). The matcher tries the word as written first and only then
 * these readings, so names that begin with the same letters («بغداد», «بردي») stay whole.
 */
public final class Proclitics {

    /**
     * Conjunction and preposition clitics, one letter before two: «وكلار» is «و» + «كلار», not
     * «وك» + «لار». The article is handled apart.
     */
    private static final List<String> PREFIXES = List.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل");
    private static final String ARTICLE = "ال";
    /** «ل» before the article drops its alef: «للموصل» is «ل» + «الموصل». */
    private static final String LAM = "ل";
    private static final int MIN_STEM = 2;

    private Proclitics() {
    }

    /** The conjunction and preposition clitics, one letter before two (not the article). */
    public static List<String> prefixes() {
        return PREFIXES;
    }

    /**
     * A way to read a token: the name part to look up, and how many chars of the token come
     * before the part of it that belongs to the name (the clitics, not the article).
     */
    public record Reading(String text, int prefixLength) {
    }

    /** The token as written, then each reading with a proclitic removed, shortest prefix first. */
    public static List<Reading> readings(String token) {
        int[] codes = new int[MAX_READINGS];
        int n = readings(token, 0, token.length(), codes);
        List<Reading> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(new Reading(text(token, 0, token.length(), codes[k]), prefixLength(codes[k])));
        }
        return out;
    }

    /** The code of the token as written, always the first reading. */
    public static final int AS_WRITTEN = 0;

    /** Enough room for every reading of any token. */
    public static final int MAX_READINGS = 1 + 2 * 10 * 2;

    /**
     * The readings of the token {@code text[start, end)}, in the order of {@link #readings(String)},
     * written to {@code out} as codes (see {@link #offset}, {@link #withAlef}, {@link #prefixLength});
     * returns how many. Allocates nothing: the matcher asks this of every word.
     *
     * <p>A reading is always a suffix of the token, once with an alef before it: «للموصل» reads
     * «الموصل», the alef of «ال» restored before the suffix «لموصل».
     */
    public static int readings(CharSequence text, int start, int end, int[] out) {
        int length = end - start;
        int n = 0;
        out[n++] = AS_WRITTEN;
        if (length <= MIN_STEM || CLITIC_OR_ARTICLE_START.indexOf(text.charAt(start)) < 0) {
            return n; // most words: nothing to strip
        }
        for (String p : PREFIXES) {
            int pl = p.length();
            if (length - pl >= MIN_STEM && startsWith(text, start, end, p)) {
                n = add(out, n, code(pl, false, pl));
                if (p.endsWith(LAM) && text.charAt(start + pl) == LAM_CHAR) {
                    // «للموصل»: the lam of the article stands in the text, its alef does not.
                    n = add(out, n, code(pl, true, pl));
                }
            }
        }
        // Gazetteers write some names without the article the text uses («الكوير» / «كوير»);
        // the article stays inside the mention.
        for (int k = 0, m = n; k < m; k++) {
            int c = out[k];
            int from = start + offset(c);
            int readingLength = end - from + (withAlef(c) ? 1 : 0);
            boolean article = withAlef(c) ? text.charAt(from) == LAM_CHAR
                    : readingLength >= 2 && text.charAt(from) == ALEF && text.charAt(from + 1) == LAM_CHAR;
            if (article && readingLength - ARTICLE.length() >= MIN_STEM) {
                n = add(out, n, code(offset(c) + (withAlef(c) ? 1 : 2), false, prefixLength(c)));
            }
        }
        return n;
    }

    /** Where in the token the reading's chars begin. */
    public static int offset(int code) {
        return code & 0xFF;
    }

    /** True when the reading is an alef followed by the token's chars from {@link #offset}. */
    public static boolean withAlef(int code) {
        return (code & 0x100) != 0;
    }

    /** How many chars of the token are clitics outside the name (the article is not one). */
    public static int prefixLength(int code) {
        return code >>> 16;
    }

    /** Length of the reading's text. */
    public static int length(int code, int tokenLength) {
        return tokenLength - offset(code) + (withAlef(code) ? 1 : 0);
    }

    /** The reading's text, for the rare word that turns out to be a name. */
    public static String text(CharSequence text, int start, int end, int code) {
        CharSequence suffix = text.subSequence(start + offset(code), end);
        return withAlef(code) ? ALEF + suffix.toString() : suffix.toString();
    }

    private static final char ALEF = '\u0627';
    /** The first letters of every prefix and of the article. */
    private static final String CLITIC_OR_ARTICLE_START = "\u0648\u0641\u0628\u0644\u0643\u0627";
    private static final char LAM_CHAR = '\u0644';

    private static int code(int offset, boolean alef, int prefixLength) {
        return offset | (alef ? 0x100 : 0) | prefixLength << 16;
    }

    /** Adds a reading unless one with the same text is there (same offset and alef: same text). */
    private static int add(int[] out, int n, int code) {
        for (int k = 0; k < n; k++) {
            if ((out[k] & 0xFFFF) == (code & 0xFFFF)) {
                return n;
            }
        }
        out[n] = code;
        return n + 1;
    }

    private static boolean startsWith(CharSequence text, int start, int end, String p) {
        if (end - start < p.length()) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            if (text.charAt(start + k) != p.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
