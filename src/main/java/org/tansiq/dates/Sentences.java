package org.tansiq.dates;

/**
 * The sentence around an offset, for the two things dates need a sentence for: whether it is in
 * the future tense, and which date governs it. A deliberately plain splitter: line breaks and
 * . ! ? ؟ ؛ end a sentence; a full stop between digits (23.5.2021, 06.11) does not.
 */
public final class Sentences {

    private Sentences() {
    }

    /** {start, end} of the sentence holding {@code offset}, end exclusive. */
    static int[] around(String text, int offset) {
        int start = offset;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = offset;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        return new int[] {start, Math.min(text.length(), end + 1)};
    }

    /**
     * Every sentence of the text in order, as {start, end} (end exclusive), without the spaces and
     * line breaks around it; stretches of only spaces are not sentences.
     */
    public static java.util.List<int[]> spans(String text) {
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        int offset = 0;
        while (offset < text.length()) {
            int[] s = around(text, offset);
            int start = s[0];
            int end = s[1];
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                spans.add(new int[] {start, end});
            }
            offset = Math.max(s[1], offset + 1);
        }
        return spans;
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '.') {
            boolean digitsAround = i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            return !digitsAround;
        }
        return c == '\n' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B';
    }
}
