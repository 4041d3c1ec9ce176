package org.tansiq.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.tansiq.gazetteer.NameIndex;
import org.tansiq.gazetteer.NotPlacePhrases;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.NormalizedText;
import org.tansiq.text.Proclitics;
import org.tansiq.text.Token;
import org.tansiq.text.Tokenizer;

/**
 * Recognition: the longest gazetteer name starting at each token, left to right, in
 * normalised text. A name may span tokens separated only by spaces or hyphens («قرة جوخ»,
 * «كي-1»); a proclitic is stripped from its first word only when what remains is a name.
 */
@ApplicationScoped
public class GazetteerMatcher {

    /** One-word names shorter than this are too often ordinary words, unless they hold a digit (K1). */
    static final int MIN_SINGLE_TOKEN_LENGTH = 3;
    private static final String AND = "و";

    private final NameIndex index;
    private final NotPlacePhrases notPlaces;

    GazetteerMatcher(NameIndex index, NotPlacePhrases notPlaces) {
        this.index = index;
        this.notPlaces = notPlaces;
    }

    /** Changes whenever the dictionary or the skipped phrases change. */
    String fingerprint() {
        return index.fingerprint() + "/" + notPlaces.fingerprint();
    }

    public List<ToponymSpan> find(String text) {
        NormalizedText nt = ArabicNormalizer.normalize(text);
        List<Token> tokens = Tokenizer.tokenize(nt.text());
        List<ToponymSpan> spans = new ArrayList<>();
        Trigger listTrigger = null;
        int listEnd = -1;
        int i = 0;
        while (i < tokens.size()) {
            int skip = notPlaces.lengthAt(tokens, i);
            if (skip > 0) {
                i += skip;
                continue;
            }
            Match m = longestAt(tokens, i, nt.text());
            if (m == null) {
                i++;
                continue;
            }
            int start = nt.originalStart(tokens.get(i).start() + m.prefixLength());
            int end = nt.originalEnd(tokens.get(i + m.tokens() - 1).end());
            Trigger trigger = i > 0 ? Trigger.of(tokens.get(i - 1).text()) : null;
            if (trigger == null && continuesList(tokens, listEnd, i, m.prefixLength(), nt.text())) {
                // «محافظات ديالى، كركوك و نينوى»: one type word covers the whole list.
                trigger = listTrigger;
            }
            spans.add(new ToponymSpan(start, end, text.substring(start, end), m.key(), trigger, m.candidates()));
            i += m.tokens();
            listTrigger = trigger;
            listEnd = i;
        }
        return spans;
    }

    private Match longestAt(List<Token> tokens, int i, String normalized) {
        int reach = Math.min(index.maxTokens(), tokens.size() - i);
        for (int n = reach; n >= 1; n--) {
            if (!joinedThrough(tokens, i, i + n, normalized)) {
                continue;
            }
            String rest = tail(tokens, i + 1, i + n);
            for (Proclitics.Reading first : Proclitics.readings(tokens.get(i).text())) {
                String key = first.text() + rest;
                if (n == 1 && key.length() < MIN_SINGLE_TOKEN_LENGTH && key.chars().noneMatch(Character::isDigit)) {
                    continue;
                }
                List<PlaceCandidate> found = index.lookup(key);
                if (found.isEmpty() && n > 1) {
                    key = key.replace(" ", "");
                    found = index.lookup(key);
                }
                if (!found.isEmpty()) {
                    return new Match(n, first.prefixLength(), key, found);
                }
            }
        }
        return null;
    }

    /**
     * True when the name at token {@code i} is the next item of a list after the previous name:
     * between them only commas, spaces and the conjunction «و», alone or fused to the name.
     */
    private static boolean continuesList(List<Token> tokens, int previousEnd, int i, int prefixLength,
            String normalized) {
        if (previousEnd < 1 || i < previousEnd) {
            return false;
        }
        String gap = normalized.substring(tokens.get(previousEnd - 1).end(), tokens.get(i).start() + prefixLength)
                .replaceAll("[\\s,\u060C]", "");
        return gap.isEmpty() || gap.equals(AND);
    }

    /** True when every gap between tokens [from, to) is only spaces or hyphens. */
    private static boolean joinedThrough(List<Token> tokens, int from, int to, String normalized) {
        for (int k = from + 1; k < to; k++) {
            if (!joined(tokens.get(k - 1), tokens.get(k), normalized)) {
                return false;
            }
        }
        return true;
    }

    /** True when only spaces or hyphens stand between two tokens, so they can form one name. */
    private static boolean joined(Token a, Token b, String normalized) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = normalized.charAt(k);
            if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u2011') {
                return false;
            }
        }
        return true;
    }

    private static String tail(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(' ').append(tokens.get(k).text());
        }
        return sb.toString();
    }

    private record Match(int tokens, int prefixLength, String key, List<PlaceCandidate> candidates) {
    }
}
