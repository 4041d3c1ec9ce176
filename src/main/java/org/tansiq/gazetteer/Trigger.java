package org.tansiq.gazetteer;

import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.Proclitics;
import org.tansiq.text.TextHash;

/**
 * Words that announce what kind of place follows («محافظة كركوك» is the governorate, «جبل» a
 * mountain). They are evidence for the resolver, not part of the name.
 */
public enum Trigger {
    /**
     * «محافظة», and «محافظ»: «محافظ كركوك» governs the governorate, not the city; abroad also
     * «ولاية» and «مقاطعة» (a state, a province or oblast: first-level divisions).
     */
    GOVERNORATE("A", "ADM1"),
    /** «قضاء»: a district (COD-AB ADM2). */
    DISTRICT("A", "ADM2"),
    /** «ناحية»: a sub-district (COD-AB ADM3). */
    SUBDISTRICT("A", "ADM3"),
    SETTLEMENT("P", null),
    MOUNTAIN("T", null),
    BASE("S", null),
    REGION("L", null),
    /** «نهر»: a river (GeoNames class H), not the governorate or town that shares its name («نهر ديالى»). */
    RIVER("H", null);

    /** The word lists (db/gazetteer/trigger-words-ar.txt): a trigger's name, then its words. */
    static final String RESOURCE = "gazetteer/trigger-words-ar.txt";

    private final String featureClass;
    private final String adminLevel;

    Trigger(String featureClass, String adminLevel) {
        this.featureClass = featureClass;
        this.adminLevel = adminLevel;
    }

    /** True for «قضاء» and «ناحية»: the words that make a seat town's name its unit's. */
    public boolean isUnit() {
        return this == DISTRICT || this == SUBDISTRICT;
    }

    /**
     * True for «نهر»: the name after it is the river's, never the town or unit named after the
     * river («نهر ديالى», «نهر الزاب»), so only rivers are candidates.
     */
    public boolean admitsOnlyItsKind() {
        return this == RIVER;
    }

    /** The COD-AB level («ADM1», «ADM2», «ADM3») this trigger names; null when it names no unit. */
    public String adminLevel() {
        return adminLevel;
    }

    /** Every trigger word, normalised: these are never place names themselves. */
    public static java.util.Set<String> allWords() {
        java.util.Set<String> all = new java.util.HashSet<>();
        all.addAll(ByWord.MAP.keySet());
        return all;
    }

    /** The GeoNames feature class this trigger points to. */
    public String featureClass() {
        return featureClass;
    }

    /**
     * The trigger a normalised token is, allowing the proclitics «و», «ف», «ب», «ل», «ك» and
     * their pairs («لناحية», «وبمحافظة»), not the article.
     */
    public static Trigger of(String normalizedToken) {
        // Asked of most words of every article: a map look-up first, readings only for words
        // that may carry a proclitic and are not much longer than the longest trigger word.
        // Every reading ends the way the token does, so a token that does not end like some
        // trigger word is none (two chars tell: readings are at least two long).
        if (normalizedToken.length() < 2 || normalizedToken.length() > ByWord.LONGEST + MAX_CLITICS
                || !ByWord.ENDINGS.mayEndLikeOne(normalizedToken)) {
            return null;
        }
        Trigger direct = ByWord.get(normalizedToken, 0);
        if (direct != null) {
            return direct;
        }
        // Only conjunctions and prepositions come off («لناحية», «وبمحافظة»): with the article the
        // word refers back to a unit already named («بين القضاء وكفري»), it does not type the next
        // name. The rest is looked up in place, with no string made for it.
        for (String clitic : Proclitics.prefixes()) {
            if (normalizedToken.length() - clitic.length() >= 2 && normalizedToken.startsWith(clitic)) {
                Trigger t = ByWord.get(normalizedToken, clitic.length());
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** {@link #of(String)} for a token, whose string is made only if it ends like a trigger word. */
    public static Trigger of(org.tansiq.text.Token token) {
        int n = token.length();
        if (n < 2 || n > ByWord.LONGEST + MAX_CLITICS || !ByWord.ENDINGS.mayEndLikeOne(token)) {
            return null;
        }
        return of(token.text());
    }

    /** Chars of proclitics a trigger word may carry («وب», «فل»...). */
    private static final int MAX_CLITICS = 2;

    /** Every trigger word to its trigger (a holder class: enum constants exist before it is built). */
    private static final class ByWord {
        static final java.util.Map<String, Trigger> MAP;
        /**
         * The same by the words' 64-bit {@link TextHash}, for the look-up asked of most words:
         * Arabic words collide under {@code String.hashCode}, which made {@link #MAP}'s buckets
         * trees; and a word after a clitic is hashed in place, with no string made for it.
         */
        private static final java.util.Map<Long, Word> BY_HASH = new java.util.HashMap<>();

        private record Word(String text, Trigger trigger) {
        }

        /** The trigger {@code text} from {@code from} on is, or null. */
        static Trigger get(String text, int from) {
            Word w = BY_HASH.get(TextHash.of(text, from, text.length()));
            return w != null && w.text().length() == text.length() - from && text.startsWith(w.text(), from)
                    ? w.trigger() : null;
        }

        static final int LONGEST;
        /** The last two letters of the trigger words: most tokens end otherwise and are turned away. */
        static final org.tansiq.text.WordEndings ENDINGS;

        static {
            java.util.Map<String, Trigger> map = new java.util.HashMap<>();
            for (String line : WordList.read(RESOURCE)) {
                String[] fields = line.split("\\s+");
                Trigger t = valueOf(fields[0]);
                for (int k = 1; k < fields.length; k++) {
                    Trigger before = map.putIfAbsent(ArabicNormalizer.fold(fields[k]), t);
                    if (before != null && before != t) {
                        throw new IllegalStateException(RESOURCE + ": «" + fields[k] + "» is both " + before
                                + " and " + t);
                    }
                }
            }
            if (map.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            // A HashMap: Arabic words collide under String.hashCode, which Map.copyOf's probing takes badly.
            MAP = java.util.Collections.unmodifiableMap(map);
            map.forEach((word, t) -> BY_HASH.put(TextHash.of(word), new Word(word, t)));
            LONGEST = MAP.keySet().stream().mapToInt(String::length).max().orElse(0);
            ENDINGS = org.tansiq.text.WordEndings.of(MAP.keySet());
        }


    }
}
