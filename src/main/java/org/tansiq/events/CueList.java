package org.tansiq.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.KeyedLines;
import org.tansiq.text.NormalizedText;

/**
 * Cue phrases read from a resource file ({@code key phrase} a line, {@code #} comments), found in
 * text after {@link ArabicNormalizer} at word boundaries, with offsets mapped back to the
 * original. A phrase may follow up to two proclitic letters («وبمراكز»); a trailing {@code *}
 * lets its last word go on. Overlapping hits keep the longest, so «سيتم فتح» is one cue and
 * not «فتح» as well.
 */
final class CueList {

    private static final String PROCLITICS = "وفبلك";

    private record Phrase(String key, String text, boolean prefix) {
    }

    private final List<Phrase> phrases;

    private CueList(List<Phrase> phrases) {
        this.phrases = phrases;
    }

    static CueList load(String resource) {
        List<Phrase> phrases = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (KeyedLines.Line line : KeyedLines.read(resource)) {
            String key = line.key();
            String phrase = line.phrase();
            boolean prefix = phrase.endsWith("*");
            String folded = KeyedLines.foldPhrase(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
            if (folded.isEmpty()) {
                throw new IllegalStateException(resource + ": a cue phrase with no letters, key " + key);
            }
            if (seen.add(key + "|" + folded + "|" + prefix)) {
                phrases.add(new Phrase(key, folded, prefix));
            }
        }
        return new CueList(List.copyOf(phrases));
    }

    /** Every key of the list, in file order. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        phrases.forEach(p -> keys.add(p.key()));
        return keys;
    }

    /** Hits in text order, overlaps resolved to the longest (then the earliest). */
    List<CueHit> find(NormalizedText text) {
        return find(text, WordStarts.of(text.text()));
    }

    /** {@link #find(NormalizedText)} with the text's word starts found once for every list. */
    List<CueHit> find(NormalizedText text, WordStarts starts) {
        String t = text.text();
        List<int[]> raw = new ArrayList<>();
        List<Phrase> rawPhrase = new ArrayList<>();
        for (Phrase p : phrases) {
            findEach(t, starts, p, p.text(), raw, rawPhrase);
            if (p.text().startsWith("ال")) {
                // «للجيش», «للتنسيق»: the proclitic ل takes the alef of the article.
                findEach(t, starts, p, "ل" + p.text().substring(1), raw, rawPhrase);
            }
        }
        return resolveOverlaps(text, raw, rawPhrase);
    }

    private static void findEach(String t, WordStarts starts, Phrase p, String form, List<int[]> raw,
            List<Phrase> rawPhrase) {
        for (int i : starts.where(form)) {
            if (!t.startsWith(form, i)) {
                continue;
            }
            int end = i + form.length();
            if (!p.prefix() && end < t.length() && Character.isLetter(t.charAt(end))) {
                continue;
            }
            if (p.prefix()) {
                while (end < t.length() && Character.isLetter(t.charAt(end))) {
                    end++;
                }
            }
            raw.add(new int[] {i, end});
            rawPhrase.add(p);
        }
    }

    private static List<CueHit> resolveOverlaps(NormalizedText text, List<int[]> raw, List<Phrase> rawPhrase) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> raw.get(i)[0] - raw.get(i)[1]).thenComparingInt(i -> raw.get(i)[0]));
        List<CueHit> kept = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (int i : order) {
            int[] span = raw.get(i);
            // The same span under two keys is kept twice: «بين بغداد وأربيل» names both parties.
            boolean overlaps = taken.stream().anyMatch(s -> span[0] < s[1] && s[0] < span[1] && !(s[0] == span[0] && s[1] == span[1]));
            if (!overlaps) {
                taken.add(span);
                kept.add(new CueHit(rawPhrase.get(i).key(), text.originalStart(span[0]), text.originalEnd(span[1])));
            }
        }
        kept.sort(Comparator.comparingInt(CueHit::start));
        return kept;
    }

    /**
     * Where a phrase may start in a normalised text: the start of the text or after a non-letter,
     * perhaps through one or two proclitic letters («وبمراكز»), by the first {@value #KEY_CHARS}
     * chars there. Found once per text, so each phrase is tried only where its first chars are
     * (most begin with «ال»: one or two chars would still leave most words to try).
     */
    static final class WordStarts {

        static final int KEY_CHARS = 3;
        private static final int[] NONE = {};
        /** Every start, in text order: for phrases shorter than the key. */
        private final int[] all;
        private final Map<Long, int[]> byKey;

        private WordStarts(int[] all, Map<Long, int[]> byKey) {
            this.all = all;
            this.byKey = byKey;
        }

        static WordStarts of(String t) {
            int[] all = new int[t.length()];
            int n = 0;
            Map<Long, Integer> counts = new HashMap<>();
            for (int i = 0; i < t.length(); i++) {
                if (startsWord(t, i)) {
                    all[n++] = i;
                    counts.merge(key(t, i), 1, Integer::sum);
                }
            }
            Map<Long, int[]> byKey = new HashMap<>();
            counts.forEach((k, count) -> byKey.put(k, new int[count]));
            Map<Long, Integer> filled = new HashMap<>();
            for (int k = 0; k < n; k++) {
                long key = key(t, all[k]);
                byKey.get(key)[filled.merge(key, 1, Integer::sum) - 1] = all[k];
            }
            return new WordStarts(Arrays.copyOf(all, n), byKey);
        }

        /** The first chars at {@code i}, packed (zero past the end of the text). */
        private static long key(CharSequence t, int i) {
            long key = 0;
            for (int k = 0; k < KEY_CHARS; k++) {
                key = key << 16 | (i + k < t.length() ? t.charAt(i + k) : 0);
            }
            return key;
        }

        /** The positions, in text order, where {@code form} may start. */
        int[] where(String form) {
            return form.length() < KEY_CHARS ? all : byKey.getOrDefault(key(form, 0), NONE);
        }
    }

    /** Start of text or after a non-letter, perhaps through one or two proclitic letters. */
    private static boolean startsWord(String t, int i) {
        int j = i;
        for (int k = 0; k <= 2; k++) {
            if (j == 0 || !Character.isLetter(t.charAt(j - 1))) {
                return true;
            }
            if (k < 2 && PROCLITICS.indexOf(t.charAt(j - 1)) >= 0) {
                j--;
            } else {
                return false;
            }
        }
        return false;
    }
}
