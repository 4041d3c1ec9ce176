package org.tansiq.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.Token;
import org.tansiq.text.Tokenizer;

/**
 * Phrases that contain a place name but name something else: outlets («كوردستان 24»,
 * «كركوك ناو»), organisations' short names. Data, in db/gazetteer/not-places-ar.txt. The
 * matcher skips them whole, so «كوردستان 24» is not a mention of Kurdistan.
 */
@ApplicationScoped
public class NotPlacePhrases {

    static final String RESOURCE = "gazetteer/not-places-ar.txt";

    private final List<List<String>> phrases;
    /** How the phrases' first words end: a word that ends otherwise, as nearly every word does, starts none. */
    private final org.tansiq.text.WordEndings firstWordEndings;
    /** The phrases by the last two chars of their first word, longest first: a word is tried only against its own. */
    private final java.util.Map<Integer, List<List<String>>> byEnding = new java.util.HashMap<>();

    NotPlacePhrases() {
        this(read());
    }

    /** Phrases given as text, folded like the file's: for tests and tools. */
    public static NotPlacePhrases of(List<String> phrases) {
        return new NotPlacePhrases(phrases.stream().map(NotPlacePhrases::words).toList());
    }

    private static List<String> words(String phrase) {
        return Tokenizer.tokenize(ArabicNormalizer.fold(phrase)).stream().map(Token::text).toList();
    }

    NotPlacePhrases(List<List<String>> phrases) {
        List<List<String>> sorted = new ArrayList<>(phrases.stream().filter(p -> !p.isEmpty()).toList());
        sorted.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
        this.phrases = List.copyOf(sorted);
        this.firstWordEndings = org.tansiq.text.WordEndings.of(this.phrases.stream().map(p -> p.get(0)).toList());
        for (List<String> p : this.phrases) {
            String first = p.get(0);
            byEnding.computeIfAbsent(ending(first.length() < 2 ? 0 : first.charAt(first.length() - 2),
                    first.charAt(first.length() - 1)), k -> new ArrayList<>()).add(p);
        }
    }

    /** A word's last two chars as one int (the first 0 for a one-char word). */
    private static int ending(char beforeLast, char last) {
        return beforeLast << 16 | last;
    }


    /** Identifies the phrase list, for fingerprints of what the matcher does. */
    public String fingerprint() {
        return phrases.toString();
    }

    /** How many tokens from {@code i} form a listed phrase (whole tokens, adjacent); 0 if none. */
    public int lengthAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!firstWordEndings.mayEndLikeOne(first)) {
            return 0; // asked of every word: nearly all end unlike any phrase's first word
        }
        List<List<String>> candidates = byEnding.get(ending(first.length() < 2 ? 0 : first.charAt(first.length() - 2),
                first.charAt(first.length() - 1)));
        if (candidates == null) {
            return 0;
        }
        for (List<String> phrase : candidates) {
            if (i + phrase.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) {
                Token t = tokens.get(i + k);
                // The first word may carry a proclitic: «لكوردستان 24».
                all = k == 0 ? t.endsWith(phrase.get(0)) && t.length() - phrase.get(0).length() <= 3
                        : t.is(phrase.get(k));
            }
            if (all) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static List<List<String>> read() {
        return WordList.read(RESOURCE).stream().map(NotPlacePhrases::words).filter(w -> !w.isEmpty()).toList();
    }
}
