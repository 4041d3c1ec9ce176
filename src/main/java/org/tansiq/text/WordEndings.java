package org.tansiq.text;

import java.util.Collection;

/**
 * The two-letter endings of a set of words, for a test that most tokens fail at the cost of two
 * array reads: could this token end like one of the words? A word with a proclitic before it
 * still ends like the word, so trigger words and outlet names can turn nearly every token away
 * before any look-up.
 *
 * <p>Exact for Arabic letters (U+0620..U+065E); any other char falls in one shared bucket, so
 * the answer may be a false yes, never a false no.
 */
public final class WordEndings {

    private static final int FIRST = 0x0620;
    private static final int OTHER = 63;

    /** For each last char's bucket, a bit per bucket of the char before it. */
    private final long[] beforeLast = new long[OTHER + 1];

    private WordEndings() {
    }

    public static WordEndings of(Collection<String> words) {
        WordEndings endings = new WordEndings();
        for (String w : words) {
            int n = w.length();
            if (n == 0) {
                continue;
            }
            int last = bucket(w.charAt(n - 1));
            endings.beforeLast[last] |= n == 1 ? -1L : 1L << bucket(w.charAt(n - 2));
        }
        return endings;
    }

    /** False when the token surely ends unlike every word; true when it may end like one. */
    public boolean mayEndLikeOne(Token t) {
        int n = t.length();
        return n > 0 && mayEnd(t.charAt(n - 1), n == 1 ? 0 : t.charAt(n - 2), n == 1);
    }

    /** {@link #mayEndLikeOne(Token)} for a string. */
    public boolean mayEndLikeOne(CharSequence s) {
        int n = s.length();
        return n > 0 && mayEnd(s.charAt(n - 1), n == 1 ? 0 : s.charAt(n - 2), n == 1);
    }

    private boolean mayEnd(char last, char beforeLastChar, boolean single) {
        long before = beforeLast[bucket(last)];
        return single ? before != 0 : (before & 1L << bucket(beforeLastChar)) != 0;
    }

    private static int bucket(char c) {
        int k = c - FIRST;
        return k >= 0 && k < OTHER ? k : OTHER;
    }
}
