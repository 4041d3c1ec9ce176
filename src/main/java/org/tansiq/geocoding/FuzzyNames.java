package org.tansiq.geocoding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tansiq.gazetteer.NameIndex;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.text.TextHash;

/**
 * Misspelt names one edit away from a known one («خمور» for «مخمور»), found with the symmetric
 * delete method: every key and every one-letter deletion of it point back to the key, so a
 * token matches when it or one of its deletions is in the table. Only one-word names of
 * {@link #MIN_LENGTH}+ letters that name a notable place are indexed, and the matcher asks only
 * where the context says a place is expected.
 */
public final class FuzzyNames {

    /** Shorter names are one edit away from too many words. */
    static final int MIN_LENGTH = 5;

    /**
     * Keys and their one-letter deletions, by the variant's 64-bit {@link TextHash}: Arabic strings
     * collide under {@code String.hashCode} (a narrow band of code points, multiplier 31), which
     * turned this map's buckets into trees. A hash collision can only add candidates, which
     * {@link #oneEditApart} then turns away.
     */
    private final Map<Long, Set<String>> byVariant = new HashMap<>();

    private FuzzyNames() {
    }

    /** Builds the table from the keys of {@code index} whose places pass {@code notable}. */
    public static FuzzyNames of(NameIndex index, Predicate<PlaceCandidate> notable) {
        FuzzyNames fuzzy = new FuzzyNames();
        for (String key : index.keys()) {
            // Misspellings are an Arabic-text matter: a Latin key's near words are English words.
            if (key.length() < MIN_LENGTH || key.indexOf(' ') >= 0 || org.tansiq.gazetteer.LatinNames.needsCapital(key)
                    || index.lookup(key).stream().noneMatch(notable)) {
                continue;
            }
            fuzzy.byVariant.computeIfAbsent(hashWithout(key, -1), k -> new LinkedHashSet<>()).add(key);
            for (int i = 0; i < key.length(); i++) {
                fuzzy.byVariant.computeIfAbsent(hashWithout(key, i), k -> new LinkedHashSet<>()).add(key);
            }
        }
        return fuzzy;
    }

    /** Known keys within one edit (insertion, deletion or substitution) of {@code token}, itself excluded. */
    public List<String> near(String token) {
        if (token.length() < MIN_LENGTH - 1) {
            return List.of();
        }
        Set<String> found = null;
        for (int i = -1; i < token.length(); i++) {
            Set<String> keys = byVariant.get(hashWithout(token, i));
            if (keys != null) {
                if (found == null) {
                    found = new LinkedHashSet<>();
                }
                found.addAll(keys);
            }
        }
        if (found == null) {
            return List.of();
        }
        found.remove(token);
        List<String> out = new ArrayList<>();
        for (String key : found) {
            if (oneEditApart(token, key)) {
                out.add(key);
            }
        }
        return out;
    }

    /**
     * True when {@code word} is {@code name} plus an Arabic derivational ending: the nisba
     * («كركوكي», «كركوكيه») or a plural of it, which name people and things from a place, not
     * the place misspelt.
     */
    public static boolean isDerivedForm(String word, String name) {
        if (!word.startsWith(name)) {
            return false;
        }
        String ending = word.substring(name.length());
        return DERIVED_ENDINGS.contains(ending);
    }

    /** Endings after normalisation (teh marbuta folded to heh). */
    static final Set<String> DERIVED_ENDINGS = Set.of("ي", "يه", "ين", "يون", "يا", "ه");

    /** {@link TextHash} of {@code s} without the char at {@code skip} (none when negative). */
    static long hashWithout(String s, int skip) {
        if (skip < 0) {
            return TextHash.of(s);
        }
        return TextHash.concat(TextHash.of(s, 0, skip), TextHash.of(s, skip + 1, s.length()), s.length() - skip - 1);
    }

    /** Levenshtein distance exactly 1 (the table also returns pairs two substitutions apart). */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
