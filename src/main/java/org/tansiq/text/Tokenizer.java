package org.tansiq.text;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised text into runs of letters and digits; everything else separates. */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String normalized) {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean word = i < normalized.length() && Character.isLetterOrDigit(normalized.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(new Token(start, i, normalized.substring(start, i)));
                start = -1;
            }
        }
        return tokens;
    }
}
