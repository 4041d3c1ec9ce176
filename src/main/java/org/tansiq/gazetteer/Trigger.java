package org.tansiq.gazetteer;

import java.util.List;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.Proclitics;

/**
 * Words that announce what kind of place follows («محافظة كركوك» is the governorate, «جبل» a
 * mountain). They are evidence for the resolver, not part of the name.
 */
public enum Trigger {
    /** Includes «محافظ» (governor): «محافظ كركوك» governs the governorate, not the city. */
    GOVERNORATE("A", List.of("محافظة", "محافظات", "المحافظة", "محافظ")),
    DISTRICT("A", List.of("قضاء", "اقضية", "ناحية", "نواحي")),
    SETTLEMENT("P", List.of("مدينة", "مدن", "قرية", "قرى", "بلدة", "بلدات")),
    MOUNTAIN("T", List.of("جبل", "جبال", "سلسلة")),
    BASE("S", List.of("قاعدة", "معسكر", "مطار")),
    REGION("L", List.of("إقليم", "منطقة"));

    private final String featureClass;
    private final List<String> words;

    Trigger(String featureClass, List<String> words) {
        this.featureClass = featureClass;
        this.words = words.stream().map(ArabicNormalizer::fold).toList();
    }

    /** Every trigger word, normalised: these are never place names themselves. */
    public static java.util.Set<String> allWords() {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Trigger t : values()) {
            all.addAll(t.words);
        }
        return all;
    }

    /** The GeoNames feature class this trigger points to. */
    public String featureClass() {
        return featureClass;
    }

    /** The trigger a normalised token is, allowing the proclitics «و», «ب», «ل», «ف» and «ال». */
    public static Trigger of(String normalizedToken) {
        // Asked of most words of every article: a map look-up first, readings only for words
        // that may carry a proclitic and are not much longer than the longest trigger word.
        // Every reading ends the way the token does, so a token that does not end like some
        // trigger word is none (two chars tell: readings are at least two long).
        if (normalizedToken.length() < 2 || normalizedToken.length() > ByWord.LONGEST + MAX_CLITICS
                || !ByWord.endsLikeATrigger(normalizedToken)) {
            return null;
        }
        Trigger direct = ByWord.MAP.get(normalizedToken);
        if (direct != null) {
            return direct;
        }
        for (Proclitics.Reading form : Proclitics.readings(normalizedToken)) {
            Trigger t = ByWord.MAP.get(form.text());
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** {@link #of(String)} for a token, whose string is made only if it ends like a trigger word. */
    public static Trigger of(org.tansiq.text.Token token) {
        int n = token.length();
        if (n < 2 || n > ByWord.LONGEST + MAX_CLITICS
                || java.util.Arrays.binarySearch(ByWord.ENDINGS, token.charAt(n - 2) << 16 | token.charAt(n - 1)) < 0) {
            return null;
        }
        return of(token.text());
    }

    /** Chars of proclitics a trigger word may carry («وبال»...). */
    private static final int MAX_CLITICS = 3;

    /** Every trigger word to its trigger (a holder class: enum constants exist before it is built). */
    private static final class ByWord {
        static final java.util.Map<String, Trigger> MAP;
        static final int LONGEST;
        /** The last two chars of each trigger word, packed in an int. */
        static final int[] ENDINGS;

        static {
            java.util.Map<String, Trigger> map = new java.util.HashMap<>();
            for (Trigger t : values()) {
                t.words.forEach(w -> map.putIfAbsent(w, t));
            }
            MAP = java.util.Map.copyOf(map);
            LONGEST = MAP.keySet().stream().mapToInt(String::length).max().orElse(0);
            ENDINGS = MAP.keySet().stream().filter(w -> w.length() >= 2).mapToInt(ByWord::ending).distinct()
                    .sorted().toArray();
        }

        static boolean endsLikeATrigger(String token) {
            return java.util.Arrays.binarySearch(ENDINGS, ending(token)) >= 0;
        }

        private static int ending(String word) {
            return word.charAt(word.length() - 2) << 16 | word.charAt(word.length() - 1);
        }
    }
}
