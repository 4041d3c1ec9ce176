package org.tansiq.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.tansiq.gazetteer.LatinNames;
import org.tansiq.gazetteer.NameIndex;
import org.tansiq.gazetteer.NameTable;
import org.tansiq.gazetteer.NotPlacePhrases;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.StopKeys;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.geocoding.resolution.Document;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.NormalizedText;
import org.tansiq.text.Proclitics;
import org.tansiq.text.TextHash;
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
    private static final char AND = '\u0648';

    private final NameIndex index;
    private final NotPlacePhrases notPlaces;
    private final StopKeys stopKeys;
    private volatile Fuzzy fuzzy;

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
        Scan scan = new Scan(text, index.table());
        List<Token> tokens = scan.tokens;
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
            Match m = scan.longestAt(i);
            if (m == null) {
                Trigger before = i > 0 ? Trigger.of(tokens.get(i - 1)) : null;
                m = ordinaryWordNameAt(scan, i, before, listTrigger, listEnd);
                if (m == null) {
                    m = misspeltAt(scan, i, listEnd, before != null);
                }
                if (m == null && before != null && UnlistedNames.announces(before)) {
                    int n = UnlistedNames.at(tokens, i, stopKeys, k -> scan.longestAt(k) != null);
                    if (n > 0) {
                        // A name no gazetteer lists («قرية خانصور»): a span with no candidates,
                        // which ApproximatePlaces places in the unit the text names around it.
                        NormalizedText nt = scan.normalized;
                        int start = nt.originalStart(tokens.get(i).start());
                        int end = nt.originalEnd(tokens.get(i + n - 1).end());
                        spans.add(new ToponymSpan(start, end, text.substring(start, end),
                                nt.text().substring(tokens.get(i).start(), tokens.get(i + n - 1).end()), before,
                                List.of()));
                        i += n;
                        listTrigger = null;
                        listEnd = -1;
                        continue;
                    }
                }
            }
            if (m == null) {
                i++;
                continue;
            }
            NormalizedText nt = scan.normalized;
            int start = nt.originalStart(tokens.get(i).start() + m.prefixLength());
            int end = nt.originalEnd(tokens.get(i + m.tokens() - 1).end());
            // A type word governs a name written bare: «مدينة كبيرة» is "a big city", not «مدينة» +
            // «ك» + «بيرة» (Piraeus).
            Trigger trigger = i > 0 && m.prefixLength() == 0 ? Trigger.of(tokens.get(i - 1)) : null;
            if (trigger == null && (continuesList(tokens, listEnd, i, m.prefixLength(), nt.text())
                    || opensBrackets(tokens, listEnd, i, nt.text()))) {
                // «محافظات ديالى، كركوك و نينوى»: one type word covers the whole list; and a name
                // in brackets after a name is another name of it: «ناحية آلتون كوبري (پردێ)».
                trigger = listTrigger;
            }
            if (adjectiveAfterDefiniteNoun(tokens, i, m)) {
                i++;
                continue;
            }
            List<PlaceCandidate> candidates = m.candidates();
            if (m.withoutArticle()) {
                // Dropping the text's article is for the gazetteer's spellings of Iraqi places
                // («الكوير» / «كوير»); abroad it turns words into cities («المشهد» the scene, Mashhad).
                candidates = candidates.stream().filter(p -> p.isCurated()
                        || Document.DEFAULT_FOCUS_COUNTRY.equals(p.countryCode())).toList();
                if (candidates.isEmpty()) {
                    i++;
                    continue;
                }
            }
            if (trigger != null && !m.fuzzy()) {
                candidates = withNamesNeedingTheTrigger(scan, i, m, trigger, candidates);
            }
            if (trigger != null && trigger.admitsOnlyItsKind()) {
                Trigger kind = trigger;
                candidates = candidates.stream().filter(p -> kind.featureClass().equals(p.featureClass())).toList();
                if (candidates.isEmpty()) {
                    // «نهر الزاب»: a river the gazetteer lacks, not the sub-district named after it.
                    i += m.tokens();
                    continue;
                }
            }
            spans.add(new ToponymSpan(start, end, text.substring(start, end), m.key(), trigger, candidates,
                    m.fuzzy()));
            i += m.tokens();
            listTrigger = trigger;
            listEnd = i;
        }
        return spans;
    }

    /**
     * The benchmark's baseline: the dictionary walk of {@link #find} alone. The same
     * normalisation, tokens, hashes, proclitic readings and longest match, so it finds the
     * dictionary's names as Arabic writes them («وكركوك»); and nothing else: no outlet phrases,
     * no misspellings, no triggers, no lists, no spans built, no resolution. Returns how many
     * names it met.
     */
    public int bareScan(String text) {
        Scan scan = new Scan(text, index.table());
        int matches = 0;
        int i = 0;
        while (i < scan.tokens.size()) {
            Match m = scan.longestAt(i);
            matches += m == null ? 0 : 1;
            i += m == null ? 1 : m.tokens();
        }
        return matches;
    }

    /**
     * A leaner baseline still: {@link #bareScan} with each word taken only as written (no
     * proclitic readings), so «وكركوك» is not found. The benchmark reports it beside the other.
     */
    public int asWrittenScan(String text) {
        Scan scan = new Scan(text, index.table());
        int matches = 0;
        int i = 0;
        while (i < scan.tokens.size()) {
            Match m = scan.find(scan.table, i, false);
            matches += m == null ? 0 : 1;
            i += m == null ? 1 : m.tokens();
        }
        return matches;
    }

    /**
     * One text being matched: its normalised form, tokens and prefix hashes, and what
     * {@link #longestAt} found at each token (the misspelling check asks about the next word,
     * which the main loop then reaches).
     */
    private static final class Scan {
        final NormalizedText normalized;
        final String text;
        final List<Token> tokens;
        final TextHash.Prefixes hashes;
        final NameTable table;
        private final Match[] longest;
        private final boolean[] looked;
        private final int[] codes = new int[Proclitics.MAX_READINGS];
        private final long[] readingHash = new long[Proclitics.MAX_READINGS];
        private final int[] readingEntry = new int[Proclitics.MAX_READINGS];

        Scan(String original, NameTable table) {
            this.normalized = ArabicNormalizer.normalize(original);
            this.text = normalized.text();
            this.tokens = Tokenizer.tokenize(text);
            this.hashes = TextHash.prefixes(text);
            this.table = table;
            this.longest = new Match[tokens.size()];
            this.looked = new boolean[tokens.size()];
        }

        /** The longest name starting at token {@code i}, under any proclitic reading of its first word. */
        Match longestAt(int i) {
            if (!looked[i]) {
                looked[i] = true;
                longest[i] = find(table, i, true);
            }
            return longest[i];
        }

        /**
         * {@link #longestAt} in a given dictionary, not remembered; with {@code withReadings}
         * false, the word as written only.
         */
        Match find(NameTable table, int i, boolean withReadings) {
            Token t = tokens.get(i);
            int readings = withReadings ? Proclitics.readings(text, t.start(), t.end(), codes) : 1;
            if (!withReadings) {
                codes[0] = Proclitics.AS_WRITTEN;
            }
            // How far the name may run: no further than the longest name starting with this word
            // (one probe per reading tells), and no further than the tokens joined by spaces or
            // hyphens only.
            int longestFrom = 0;
            for (int r = 0; r < readings; r++) {
                int code = codes[r];
                long h = hashes.of(t.start() + Proclitics.offset(code), t.end());
                if (Proclitics.withAlef(code)) {
                    h = TextHash.prepend(ALEF, h, t.end() - t.start() - Proclitics.offset(code));
                }
                readingHash[r] = h;
                readingEntry[r] = table.find(h);
                if (readingEntry[r] >= 0) {
                    longestFrom = Math.max(longestFrom, table.longestFrom(readingEntry[r]));
                }
            }
            if (longestFrom == 0) {
                return null; // most words: no name begins with them in any reading
            }
            int reach = 1;
            while (reach < longestFrom && i + reach < tokens.size()
                    && joined(tokens.get(i + reach - 1), tokens.get(i + reach), text)) {
                reach++;
            }
            for (int n = reach; n >= 1; n--) {
                // The words after the first, with and without spaces: the same for every reading.
                long spacedTail = n == 1 ? 0 : tailHash(i, n, true);
                long joinedTail = n == 1 ? 0 : tailHash(i, n, false);
                int spacedLength = n == 1 ? 0 : tailLength(i, n, true);
                int joinedLength = spacedLength - (n - 1);
                for (int r = 0; r < readings; r++) {
                    if (readingEntry[r] < 0 || table.longestFrom(readingEntry[r]) < n) {
                        continue;
                    }
                    int code = codes[r];
                    int length = Proclitics.length(code, t.end() - t.start());
                    if (n == 1 && length < MIN_SINGLE_TOKEN_LENGTH && !hasDigit(t)) {
                        continue;
                    }
                    Match m = n == 1 ? probe(table, readingEntry[r], i, 1, code, true)
                            : probe(table, table.find(TextHash.concat(readingHash[r], spacedTail, spacedLength)), i,
                                    n, code, true);
                    if (m == null && n > 1) {
                        m = probe(table, table.find(TextHash.concat(readingHash[r], joinedTail, joinedLength)), i,
                                n, code, false);
                    }
                    if (m != null) {
                        return m;
                    }
                }
            }
            return null;
        }

        /** The match an entry found by hash stands for, once its key proves to be the text's. */
        private Match probe(NameTable table, int entry, int i, int n, int code, boolean spaced) {
            if (entry < 0 || table.places(entry).isEmpty()) {
                return null;
            }
            Token t = tokens.get(i);
            String key = Proclitics.text(text, t.start(), t.end(), code) + (n == 1 ? "" : spaced
                    ? tail(tokens, i + 1, i + n) : tail(tokens, i + 1, i + n).replace(" ", ""));
            if (!key.equals(table.key(entry)) || (LatinNames.needsCapital(key) && !capitalised(i, n))) {
                return null;
            }
            return new Match(n, Proclitics.prefixLength(code), key, table.places(entry), false,
                    Proclitics.offset(code) > Proclitics.prefixLength(code) && !Proclitics.withAlef(code));
        }

        /**
         * True when the original text capitalises the first and the last word of the name: Latin
         * keys are lower-cased like the text, and "Kirkuk" is a name where "kirkuk" in a photo
         * file name is not (LatinNames).
         */
        private boolean capitalised(int i, int n) {
            String original = normalized.original();
            return Character.isUpperCase(original.charAt(normalized.originalStart(tokens.get(i).start())))
                    && Character.isUpperCase(original.charAt(normalized.originalStart(tokens.get(i + n - 1).start())));
        }

        /** Hash of the words after token {@code i} up to {@code i + n}, each after a space when {@code spaced}. */
        long tailHash(int i, int n, boolean spaced) {
            long h = 0;
            for (int k = i + 1; k < i + n; k++) {
                Token t = tokens.get(k);
                if (spaced) {
                    h = TextHash.append(h, ' ');
                }
                h = TextHash.concat(h, hashes.of(t.start(), t.end()), t.end() - t.start());
            }
            return h;
        }

        int tailLength(int i, int n, boolean spaced) {
            int length = 0;
            for (int k = i + 1; k < i + n; k++) {
                length += tokens.get(k).end() - tokens.get(k).start() + (spaced ? 1 : 0);
            }
            return length;
        }

        private boolean hasDigit(Token t) {
            for (int k = t.start(); k < t.end(); k++) {
                if (Character.isDigit(text.charAt(k))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final char ALEF = '\u0627';

    /**
     * True when the name at token {@code i} is the next item of a list after the previous name:
     * between them only commas, spaces and the conjunction «و», alone or fused to the name.
     */
    private static boolean continuesList(List<Token> tokens, int previousEnd, int i, int prefixLength,
            String normalized) {
        if (previousEnd < 1 || i < previousEnd) {
            return false;
        }
        int ands = 0;
        for (int k = tokens.get(previousEnd - 1).end(); k < tokens.get(i).start() + prefixLength; k++) {
            char c = normalized.charAt(k);
            if (c == AND) {
                ands++;
            } else if (!Character.isWhitespace(c) && c != ',' && c != '\u060C') {
                return false;
            }
        }
        return ands <= 1;
    }

    /**
     * True when the name at token {@code i} opens brackets or quotes right after the previous
     * name: between them only spaces and one «(», «[», «"» or «».
     */
    private static boolean opensBrackets(List<Token> tokens, int previousEnd, int i, String normalized) {
        if (previousEnd < 1 || i != previousEnd) {
            return false;
        }
        int marks = 0;
        for (int k = tokens.get(previousEnd - 1).end(); k < tokens.get(i).start(); k++) {
            char c = normalized.charAt(k);
            if (OPENING.indexOf(c) >= 0) {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks == 1;
    }

    private static final String OPENING = "([\"\u00AB\u201C";

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
     * A one-word name shaped like a definite feminine nisba («السعودية») written bare right after
     * a definite word written bare («الحكومة السعودية», «القوات السعودية») is the adjective that
     * agrees with that noun, not the country; after a verb, a preposition or «و» it is the name.
     */
    private static boolean adjectiveAfterDefiniteNoun(List<Token> tokens, int i, Match m) {
        if (m.tokens() != 1 || m.prefixLength() != 0 || i == 0 || !m.key().startsWith("ال")
                || !m.key().endsWith("يه") || m.key().indexOf(' ') >= 0) {
            return false;
        }
        return tokens.get(i - 1).text().startsWith("ال");
    }

    /**
     * After a trigger word, the places of its kind whose name needs the trigger («ولاية شان»:
     * Myanmar's Shan State, whose name alone is «شأن» "matter") join the places the name has on
     * its own (a town «شان» elsewhere).
     */
    private List<PlaceCandidate> withNamesNeedingTheTrigger(Scan scan, int i, Match m, Trigger trigger,
            List<PlaceCandidate> candidates) {
        Match typed = index.stopped().size() == 0 ? null : scan.find(index.stopped(), i, true);
        if (typed == null || typed.tokens() != m.tokens()) {
            return candidates;
        }
        List<PlaceCandidate> joined = new ArrayList<>(candidates);
        typed.candidates().stream().filter(p -> trigger.featureClass().equals(p.featureClass()))
                .filter(p -> !joined.contains(p)).forEach(joined::add);
        return joined;
    }

    /**
     * A name that is also an ordinary word ({@link org.tansiq.gazetteer.StopKeys#ordinaryWords()}),
     * taken only where a trigger word announces a place of its kind: right after it, or as the
     * next item of the list it governs («نواحي الملتقى وتازة», «نواحي تازة والملتقى»: Multaka
     * sub-district, not "the meeting"). Only the places of the announced kind are candidates.
     */
    private Match ordinaryWordNameAt(Scan scan, int i, Trigger before, Trigger listTrigger, int listEnd) {
        Trigger trigger = before != null ? before : listEnd == i ? listTrigger : null;
        if (trigger == null || index.stopped().size() == 0) {
            return null;
        }
        Match m = scan.find(index.stopped(), i, true);
        // A list item needs its mark («و», a comma): «بمحافظة ديالى صباح اليوم» is "this morning",
        // not Malaysia's Sabah after a list of governorates.
        if (m == null || (before == null && (!continuesList(scan.tokens, listEnd, i, m.prefixLength(), scan.text)
                || !separatedByListMark(scan.tokens, i - 1, i, true, scan.text)))) {
            return null;
        }
        List<PlaceCandidate> ofKind = m.candidates().stream()
                .filter(p -> trigger.featureClass().equals(p.featureClass())).toList();
        return ofKind.isEmpty() ? null : new Match(m.tokens(), m.prefixLength(), m.key(), ofKind, false);
    }

    /**
     * A one-word name one edit away from a notable place's name, taken only where the text
     * expects a place: right after a trigger word, or as an item of a list of places
     * («كركوك وخمور وزمار»: «خمور» for «مخمور»).
     */
    private Match misspeltAt(Scan scan, int i, int listEnd, boolean afterTrigger) {
        List<Token> tokens = scan.tokens;
        String normalized = scan.text;
        // Most words stand in no list and after no trigger: leave them before any fuzzy work.
        boolean markBefore = i > 0 && listEnd == i && separatedByListMark(tokens, i - 1, i, true, normalized);
        boolean markAfter = i + 1 < tokens.size() && separatedByListMark(tokens, i, i + 1, true, normalized);
        if (!afterTrigger && !markBefore && !markAfter) {
            return null;
        }
        // The next word beginning a known name is what makes a list item of this one.
        Match next = markAfter ? scan.longestAt(i + 1) : null;
        if (!afterTrigger && !markBefore && next == null) {
            return null;
        }
        String token = tokens.get(i).text();
        if (token.length() < FuzzyNames.MIN_LENGTH - 1) {
            return null;
        }
        // Stripped readings first: «وخمور» is «و» + a misspelling, not a misspelling of «مخمور».
        List<Proclitics.Reading> readings = new ArrayList<>(Proclitics.readings(token));
        // An ordinary word («وكان», «خمور») is taken for a misspelt name only between two places
        // of a list: «كركوك وخمور وزمار».
        boolean ordinary = readings.stream().anyMatch(r -> stopKeys.keys().contains(r.text()));
        readings.sort(java.util.Comparator.comparingInt(Proclitics.Reading::prefixLength).reversed());
        boolean after = next != null && separatedByListMark(tokens, i, i + 1, next.prefixLength() > 0, normalized);
        for (Proclitics.Reading r : readings) {
            boolean before = markBefore
                    && separatedByListMark(tokens, i - 1, i, r.prefixLength() > 0, normalized);
            boolean evidence = ordinary ? before && after : afterTrigger || before || after;
            if (!evidence) {
                continue;
            }
            List<String> near = fuzzy().near(r.text());
            if (near.size() == 1 && !FuzzyNames.isDerivedForm(r.text(), near.get(0))) {
                return new Match(1, r.prefixLength(), near.get(0), index.lookup(near.get(0)), true);
            }
            // none, ambiguous, or a nisba («كركوكي») rather than a misspelling
        }
        return null;
    }

    /**
     * True when a comma or the conjunction «و» joins two words: standing alone between them, or
     * fused to the second word when {@code andMayBeFused} (its reading strips a proclitic).
     */
    private static boolean separatedByListMark(List<Token> tokens, int a, int b, boolean andMayBeFused,
            String normalized) {
        int from = tokens.get(a).end();
        int to = tokens.get(b).start();
        while (from < to && Character.isWhitespace(normalized.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(normalized.charAt(to - 1))) {
            to--;
        }
        if (to - from == 1) {
            char c = normalized.charAt(from);
            return c == ',' || c == '\u060C' || c == AND;
        }
        return from == to && andMayBeFused && normalized.charAt(tokens.get(b).start()) == AND;
    }

    private FuzzyNames fuzzy() {
        String current = index.fingerprint();
        Fuzzy f = fuzzy;
        if (f == null || !f.builtFor.equals(current)) {
            synchronized (this) {
                if (fuzzy == null || !fuzzy.builtFor.equals(current)) {
                    fuzzy = new Fuzzy(current, FuzzyNames.of(index, p -> p.isCurated() || ("IQ".equals(p.countryCode())
                            && !org.tansiq.geocoding.resolution.MinorPlaceFilter.isMinor(p))));
                }
                f = fuzzy;
            }
        }
        return f.names;
    }

    /** The misspelling table derived from the current index, rebuilt when the index changes. */
    private record Fuzzy(String builtFor, FuzzyNames names) {
    }

    /**
     * @param withoutArticle true when the name was found by dropping the article the text writes
     *     («المشهد» read as «مشهد»)
     */
    private record Match(int tokens, int prefixLength, String key, List<PlaceCandidate> candidates, boolean fuzzy,
            boolean withoutArticle) {

        Match(int tokens, int prefixLength, String key, List<PlaceCandidate> candidates, boolean fuzzy) {
            this(tokens, prefixLength, key, candidates, fuzzy, false);
        }
    }
}
