package org.tansiq.text;

/**
 * Folds the spelling differences that do not change which place a name means: Lucene's
 * Arabic normalisation (alef forms, alef maksura, teh marbuta, tatweel, harakat) plus what it
 * lacks for this region's texts: Kurdish and Persian letters, hamza seats, invisible joiners
 * and bidi marks, Arabic-Indic digits and Latin case.
 *
 * <p>Every rule maps one char to one char or deletes it; {@link NormalizedText} relies on that
 * to map offsets back to the original.
 */
public final class ArabicNormalizer {

    private static final char DELETE = '\0';
    private static final org.apache.lucene.analysis.ar.ArabicNormalizer LUCENE =
            new org.apache.lucene.analysis.ar.ArabicNormalizer();

    /**
     * What every char becomes: Lucene's rule, then {@link #fold(char)}. Lucene's rules are all
     * single-char (map or delete), so applying them to each char alone gives the same result as
     * on the whole buffer, keeps the offsets, and can be done once for all 65,536 chars instead
     * of once per char of every article.
     */
    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    static {
        char[] one = new char[1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            one[0] = (char) c;
            TABLE[c] = LUCENE.normalize(one, 1) == 0 ? DELETE : fold(one[0]);
        }
    }

    private ArabicNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        int n = original.length();
        char[] out = new char[n];
        int[] index = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = TABLE[original.charAt(i)];
            if (c != DELETE) {
                index[length] = i;
                out[length++] = c;
            }
        }
        return new NormalizedText(original, new String(out, 0, length),
                length == n ? index : java.util.Arrays.copyOf(index, length));
    }

    /** Normalised form of a single string, for building lookup keys. */
    public static String fold(String s) {
        return normalize(s).text();
    }

    static char fold(char c) {
        switch (c) {
            case '\u0671': // alef wasla
            case '\u0672':
            case '\u0673':
            case '\u0675':
                return '\u0627';
            case '\u0624': // waw with hamza
            case '\u06C6': // Kurdish oe
            case '\u06C7':
            case '\u06C8':
            case '\u06C9':
            case '\u06CB':
                return '\u0648';
            case '\u0626': // yeh with hamza
            case '\u06CC': // Persian / Kurdish yeh
            case '\u06CE': // Kurdish yeh with small v
            case '\u06D0':
            case '\u06D2':
                return '\u064A';
            case '\u06A9': // keheh
            case '\u06AA':
            case '\u06AF': // gaf: Arabic writes Kurdish and Persian g as kaf in names
                return '\u0643';
            case '\u06D5': // Kurdish ae
            case '\u06BE':
            case '\u06C1':
            case '\u06C0':
                return '\u0647';
            case '\u0686': // tcheh
                return '\u062C';
            case '\u067E': // peh
                return '\u0628';
            case '\u0698': // jeh
                return '\u0632';
            case '\u06A4': // veh
                return '\u0641';
            case '\u0695': // reh with small v
                return '\u0631';
            case '\u06B5': // lam with small v
                return '\u0644';
            case '\u0670': // superscript alef
            case '\u0640': // tatweel (Lucene drops it too; kept for callers of fold(char))
            case '\u200C': // ZWNJ, common in Kurdish and Persian spellings
            case '\u200D':
            case '\u200E': // LRM / RLM / ALM: invisible, often pasted in from the web
            case '\u200F':
            case '\u061C':
                return DELETE;
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\u064B' && c <= '\u065F') {
            return DELETE; // harakat Lucene does not list (e.g. hamza above/below marks)
        }
        return Character.toLowerCase(c);
    }
}
