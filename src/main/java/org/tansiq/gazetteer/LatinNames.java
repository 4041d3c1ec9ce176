package org.tansiq.gazetteer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tansiq.text.NameKeys;

/**
 * Latin-script names as match keys, for a bounded set of places: in Iraq, the administrative
 * units, the curated places and the towns of 1,000 people or more or that are seats of a unit;
 * elsewhere, the countries (curated) and capitals. Latin words in Arabic news are mostly captions,
 * credits and outlet names, and the world's small places share their names with English words,
 * so the matcher takes such a key only where the original text writes it capitalised
 * («قاعدة K1 في Kirkuk», "Peshmerga forces in Makhmour"), and never ordinary English words
 * (Lucene's English stop words and db/gazetteer/stopwords-en.txt: «The», «Of», «Long»).
 *
 * <p>The keys are made when the name index is built, from {@code place.names}, not stored in
 * {@code names_norm}: which places qualify is decided here, in one predicate, and changing it
 * needs no reload of the gazetteer.
 */
public final class LatinNames {

    /** Which places' Latin names are keys (an SQL condition on {@code place}). */
    public static final String ELIGIBLE = """
            (source IN ('codab', 'curated')
             OR (country_code = 'IQ' AND (population >= 1000 OR feature_code IN ('PPLC', 'PPLA', 'PPLA2', 'PPLA3')))
             OR feature_code = 'PPLC')""";
    /** One-word Latin names shorter than this are initials and codes more often than places («KIK»). */
    static final int MIN_ONE_WORD_LENGTH = 4;
    static final String ENGLISH_WORDS_RESOURCE = "gazetteer/stopwords-en.txt";

    private final Set<String> englishWords;

    private LatinNames(Set<String> englishWords) {
        this.englishWords = Set.copyOf(englishWords);
    }

    /** With Lucene's English stop words and the project's list. */
    public static LatinNames standard() {
        Set<String> words = new HashSet<>();
        for (Object w : org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            words.add(NameKeys.key(w instanceof char[] chars ? new String(chars) : w.toString()));
        }
        WordList.read(ENGLISH_WORDS_RESOURCE).forEach(w -> words.add(NameKeys.key(w)));
        return new LatinNames(words);
    }

    /** What decides the keys: the places' condition and the words left out. */
    public String fingerprint() {
        return ELIGIBLE + "|" + String.join(",", new java.util.TreeSet<>(englishWords));
    }

    /** The keys of a place's Latin-script names: folded, without accents, ordinary words left out. */
    public Set<String> keys(Iterable<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            if (!isLatin(name)) {
                continue;
            }
            String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            for (String key : NameKeys.keys(plain)) {
                if (!englishWords.contains(key) && (key.indexOf(' ') > 0 || key.length() >= MIN_ONE_WORD_LENGTH)
                        && isLatin(key)) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** True when a key is a Latin-script word that the matcher takes only capitalised (not a code like K1). */
    public static boolean needsCapital(String key) {
        if (key.isEmpty() || !isBasicLatinLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Letters all Latin, at least one, no digit: names, not codes (codes like K1 are curated keys already). */
    static boolean isLatin(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    private static boolean isBasicLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
