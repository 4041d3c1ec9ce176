package org.tansiq.dates;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import org.tansiq.text.NormalizedText;

/**
 * Where each rule of the {@link DateGrammar} matches in one normalised text, searched once. What a
 * rule's pattern matches does not depend on the publication date (only what its reader makes of
 * the match does), so the publication-date reader and the date finder share one search.
 *
 * <p>Every rule's pattern starts with a word-boundary look-behind, so a match can only start at
 * the start of the text or after a char that is not a letter or digit: the search tries the
 * pattern there only, with {@link Matcher#lookingAt()} over a region with transparent bounds,
 * which is what {@link Matcher#find(int)} does at each position it tries, without the cost of
 * trying every position of every word.
 */
final class RuleMatches {

    private final NormalizedText normalized;
    private final List<DateGrammar.Rule> rules;
    /** For each rule, the positions where its pattern matches. */
    private final BitSet[] starts;

    private RuleMatches(NormalizedText normalized, List<DateGrammar.Rule> rules, BitSet[] starts) {
        this.normalized = normalized;
        this.rules = rules;
        this.starts = starts;
    }

    static RuleMatches search(NormalizedText normalized, DateGrammar grammar) {
        String text = normalized.text();
        List<DateGrammar.Rule> rules = grammar.rules();
        Matcher[] matchers = new Matcher[rules.size()];
        BitSet[] starts = new BitSet[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            matchers[r] = matcher(rules.get(r), text);
            starts[r] = new BitSet();
        }
        for (int p : wordStarts(text)) {
            for (int may = grammar.mayMatchAt(text, p) & ((1 << rules.size()) - 1); may != 0; may &= may - 1) {
                int r = Integer.numberOfTrailingZeros(may);
                if (matchers[r].region(p, text.length()).lookingAt()) {
                    starts[r].set(p);
                }
            }
        }
        return new RuleMatches(normalized, rules, starts);
    }

    NormalizedText normalized() {
        return normalized;
    }

    List<DateGrammar.Rule> rules() {
        return rules;
    }

    /** A matcher over the text for one rule, to hand to {@link #find}. */
    static Matcher matcher(DateGrammar.Rule rule, String text) {
        return rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * As {@code m.find(from)}: true with {@code m} holding the first match of rule {@code r} that
     * starts at or after {@code from}, false when there is none.
     */
    boolean find(int r, Matcher m, int from) {
        int p = starts[r].nextSetBit(from);
        return p >= 0 && m.region(p, normalized.text().length()).lookingAt();
    }

    /**
     * Every position a match may start at: the start, and after a char that is not a letter or a
     * digit (a surrogate counts as such, so that a supplementary letter is judged by the pattern
     * itself). A superset of where the patterns' look-behind holds.
     */
    private static int[] wordStarts(String text) {
        int[] positions = new int[text.length() + 1];
        int n = 0;
        for (int p = 0; p <= text.length(); p++) {
            if (p == 0) {
                positions[n++] = p;
                continue;
            }
            char before = text.charAt(p - 1);
            if (!Character.isLetterOrDigit(before) || Character.isSurrogate(before)) {
                positions[n++] = p;
            }
        }
        return java.util.Arrays.copyOf(positions, n);
    }
}
