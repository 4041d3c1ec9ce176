package org.tansiq.text;

/**
 * A run of letters or digits in normalised text; offsets are normalised-text offsets.
 *
 * <p>The token's own string is made only when asked for: the matcher reads most words through
 * hashes and char tests, and an article has thousands of words.
 */
public final class Token {

    private final String source;
    private final int start;
    private final int end;
    private String text;

    public Token(String source, int start, int end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int length() {
        return end - start;
    }

    /** The token's {@code k}th char. */
    public char charAt(int k) {
        return source.charAt(start + k);
    }

    public String text() {
        String t = text;
        if (t == null) {
            t = source.substring(start, end);
            text = t;
        }
        return t;
    }

    /** True when the token's chars end with {@code suffix}, without making the token's string. */
    public boolean endsWith(String suffix) {
        return length() >= suffix.length() && source.startsWith(suffix, end - suffix.length());
    }

    /** True when the token's chars are {@code word}'s, without making the token's string. */
    public boolean is(String word) {
        return length() == word.length() && source.startsWith(word, start);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.start == start && t.end == end && t.text().equals(text());
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public String toString() {
        return "Token[" + start + ", " + end + ", " + text() + "]";
    }
}
