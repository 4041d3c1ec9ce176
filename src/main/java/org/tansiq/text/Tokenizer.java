package org.tansiq.text;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised text into runs of letters and digits; everything else separates. */
public final class Tokenizer {

    /** Character.isLetterOrDigit for every char, looked up once rather than per char of every text. */
    private static final java.util.BitSet WORD_CHARS = new java.util.BitSet(Character.MAX_VALUE + 1);

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit((char) c)) {
                WORD_CHARS.set(c);
            }
        }
    }

    private Tokenizer() {
    }

    public static List<Token> tokenize(String normalized) {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean word = i < normalized.length() && WORD_CHARS.get(normalized.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(new Token(normalized, start, i));
                start = -1;
            }
        }
        return tokens;
    }
}
