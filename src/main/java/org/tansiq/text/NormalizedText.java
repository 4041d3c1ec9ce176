package org.tansiq.text;

/**
 * Text after {@link ArabicNormalizer}, with the position in the original text of every
 * normalised character, so spans found in normalised text map back to the stored original.
 * Normalisation only maps or deletes characters, never inserts, so the map is one int per
 * normalised char.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] originalIndex;

    NormalizedText(String original, String text, int[] originalIndex) {
        this.original = original;
        this.text = text;
        this.originalIndex = originalIndex;
    }

    public String original() {
        return original;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** Original offset of the normalised span's first char. */
    public int originalStart(int normalizedStart) {
        return originalIndex[normalizedStart];
    }

    /**
     * Original offset just past the normalised span [.., normalizedEnd), including the marks that
     * normalisation dropped after its last letter («كركوكَ» keeps its fatha).
     */
    public int originalEnd(int normalizedEnd) {
        int end = originalIndex[normalizedEnd - 1] + 1;
        int next = normalizedEnd < originalIndex.length ? originalIndex[normalizedEnd] : original.length();
        while (end < next && isMark(original.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
    }
}
