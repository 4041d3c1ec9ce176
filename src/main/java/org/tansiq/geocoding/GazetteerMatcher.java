package org.tansiq.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tansiq.gazetteer.NameIndex;
import org.tansiq.gazetteer.NotPlacePhrases;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.StopKeys;
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
    private final StopKeys stopKeys;
    private volatile Tables tables;

    GazetteerMatcher(NameIndex index, NotPlacePhrases notPlaces, StopKeys stopKeys) {
        this.index = index;
        this.notPlaces = notPlaces;
        this.stopKeys = stopKeys;
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
                m = misspeltAt(tokens, i, nt.text(), listEnd);
            }
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
            spans.add(new ToponymSpan(start, end, text.substring(start, end), m.key(), trigger, m.candidates(),
                    m.fuzzy()));
            i += m.tokens();
            listTrigger = trigger;
            listEnd = i;
        }
        return spans;
    }

    /**
     * The benchmark's baseline: the same normalisation, tokens and dictionary walk as
     * {@link #find}, with each word taken only as written (no proclitic readings), no outlet
     * phrases, no misspellings and no spans built. Returns how many names it met.
     */
    public int bareScan(String text) {
        Tables tables = tables();
        String normalized = ArabicNormalizer.normalize(text).text();
        List<Token> tokens = Tokenizer.tokenize(normalized);
        int matches = 0;
        int i = 0;
        while (i < tokens.size()) {
            int longest = tables.longestFrom.getOrDefault(tokens.get(i).text(), 0);
            int length = 0;
            for (int n = Math.min(longest, tokens.size() - i); n >= 1 && length == 0; n--) {
                String key = tokens.get(i).text() + (n == 1 ? "" : tail(tokens, i + 1, i + n));
                if (!index.lookup(key).isEmpty()) {
                    length = n;
                }
            }
            matches += length > 0 ? 1 : 0;
            i += Math.max(1, length);
        }
        return matches;
    }

    private Match longestAt(List<Token> tokens, int i, String normalized) {
        Tables tables = tables();
        List<Proclitics.Reading> readings = Proclitics.readings(tokens.get(i).text());
        // How far the name may run: no further than the longest name starting with this word,
        // and no further than the tokens joined by spaces or hyphens only.
        int longest = 0;
        for (Proclitics.Reading r : readings) {
            longest = Math.max(longest, tables.longestFrom.getOrDefault(r.text(), 0));
        }
        int reach = 1;
        while (reach < longest && i + reach < tokens.size() && joined(tokens.get(i + reach - 1),
                tokens.get(i + reach), normalized)) {
            reach++;
        }
        for (int n = Math.min(reach, longest); n >= 1; n--) {
            String rest = n == 1 ? "" : tail(tokens, i + 1, i + n);
            for (Proclitics.Reading first : readings) {
                if (tables.longestFrom.getOrDefault(first.text(), 0) < n) {
                    continue;
                }
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
                    return new Match(n, first.prefixLength(), key, found, false);
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

    /**
     * A one-word name one edit away from a notable place's name, taken only where the text
     * expects a place: right after a trigger word, or as an item of a list of places
     * («كركوك وخمور وزمار»: «خمور» for «مخمور»).
     */
    private Match misspeltAt(List<Token> tokens, int i, String normalized, int listEnd) {
        boolean afterTrigger = i > 0 && Trigger.of(tokens.get(i - 1).text()) != null;
        // Most words stand in no list and after no trigger: leave them before any fuzzy work.
        boolean markBefore = i > 0 && listEnd == i && separatedByListMark(tokens, i - 1, i, true, normalized);
        boolean markAfter = i + 1 < tokens.size() && separatedByListMark(tokens, i, i + 1, true, normalized);
        if (!afterTrigger && !markBefore && !markAfter) {
            return null;
        }
        // Stripped readings first: «وخمور» is «و» + a misspelling, not a misspelling of «مخمور».
        List<Proclitics.Reading> readings = new ArrayList<>(Proclitics.readings(tokens.get(i).text()));
        // An ordinary word («وكان», «خمور») is taken for a misspelt name only between two places
        // of a list: «كركوك وخمور وزمار».
        boolean ordinary = readings.stream().anyMatch(r -> stopKeys.keys().contains(r.text()));
        readings.sort(java.util.Comparator.comparingInt(Proclitics.Reading::prefixLength).reversed());
        for (Proclitics.Reading r : readings) {
            List<String> near = fuzzy().near(r.text());
            if (near.size() != 1 || FuzzyNames.isDerivedForm(r.text(), near.get(0))) {
                continue; // none, ambiguous, or a nisba («كركوكي») rather than a misspelling
            }
            boolean before = markBefore
                    && separatedByListMark(tokens, i - 1, i, r.prefixLength() > 0, normalized);
            boolean after = markAfter && beforeListItem(tokens, i, normalized);
            boolean evidence = ordinary ? before && after : afterTrigger || before || after;
            if (evidence) {
                return new Match(1, r.prefixLength(), near.get(0), index.lookup(near.get(0)), true);
            }
        }
        return null;
    }

    /** True when the next word begins a known name and a list mark joins it to this one. */
    private boolean beforeListItem(List<Token> tokens, int i, String normalized) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Match next = longestAt(tokens, i + 1, normalized);
        return next != null && separatedByListMark(tokens, i, i + 1, next.prefixLength() > 0, normalized);
    }

    /**
     * True when a comma or the conjunction «و» joins two words: standing alone between them, or
     * fused to the second word when {@code andMayBeFused} (its reading strips a proclitic).
     */
    private static boolean separatedByListMark(List<Token> tokens, int a, int b, boolean andMayBeFused,
            String normalized) {
        String gap = normalized.substring(tokens.get(a).end(), tokens.get(b).start()).strip();
        return gap.equals(",") || gap.equals("\u060C") || gap.equals(AND)
                || gap.isEmpty() && andMayBeFused && tokens.get(b).text().startsWith(AND);
    }

    private FuzzyNames fuzzy() {
        return tables().fuzzy;
    }

    /** The tables derived from the current index, rebuilt when the index changes. */
    private Tables tables() {
        String current = index.fingerprint();
        Tables t = tables;
        if (t == null || !t.builtFor.equals(current)) {
            synchronized (this) {
                if (tables == null || !tables.builtFor.equals(current)) {
                    tables = Tables.of(index, current);
                }
                t = tables;
            }
        }
        return t;
    }

    /**
     * What the matcher derives from the index: for each word, the length in words of the
     * longest name it begins (most words begin none, so most positions cost one lookup per
     * reading), and the fuzzy table.
     */
    private record Tables(String builtFor, Map<String, Integer> longestFrom, FuzzyNames fuzzy) {

        static Tables of(NameIndex index, String fingerprint) {
            Map<String, Integer> longestFrom = new HashMap<>();
            for (String key : index.keys()) {
                int space = key.indexOf(' ');
                String first = space < 0 ? key : key.substring(0, space);
                int words = space < 0 ? 1 : key.split(" ").length;
                longestFrom.merge(first, words, Math::max);
            }
            FuzzyNames fuzzy = FuzzyNames.of(index, p -> p.isCurated() || ("IQ".equals(p.countryCode())
                    && !org.tansiq.geocoding.resolution.MinorPlaceFilter.isMinor(p)));
            // A HashMap, not Map.copyOf: Arabic keys collide a lot under String.hashCode (the letters
            // are 36 consecutive code points, the hash multiplier 31), which the immutable map's
            // linear probing handles far worse than HashMap's tree bins.
            return new Tables(fingerprint, java.util.Collections.unmodifiableMap(longestFrom), fuzzy);
        }
    }

    private record Match(int tokens, int prefixLength, String key, List<PlaceCandidate> candidates, boolean fuzzy) {
    }
}
