package org.tansiq.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic attaches conjunctions, prepositions and the article to the word that follows
 * («وكركوك», «بالموصل», «للتنسيق»). The matcher tries the word as written first and only then
 * these readings, so names that begin with the same letters («بغداد», «بردي») stay whole.
 */
public final class Proclitics {

    /**
     * Conjunction and preposition clitics, one letter before two: «وكلار» is «و» + «كلار», not
     * «وك» + «لار». The article is handled apart.
     */
    private static final List<String> PREFIXES = List.of("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل");
    private static final String ARTICLE = "ال";
    /** «ل» before the article drops its alef: «للموصل» is «ل» + «الموصل». */
    private static final String LAM = "ل";
    private static final int MIN_STEM = 2;

    private Proclitics() {
    }

    /**
     * A way to read a token: the name part to look up, and how many chars of the token come
     * before the part of it that belongs to the name (the clitics, not the article).
     */
    public record Reading(String text, int prefixLength) {
    }

    /** The token as written, then each reading with a proclitic removed, shortest prefix first. */
    public static List<Reading> readings(String token) {
        // Runs once per word of every article: plain lists, no maps (readings are few).
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading(token, 0));
        for (String p : PREFIXES) {
            if (token.startsWith(p) && token.length() - p.length() >= MIN_STEM) {
                String rest = token.substring(p.length());
                add(out, rest, p.length());
                if (p.endsWith(LAM) && rest.startsWith(LAM)) {
                    // «للموصل»: the lam of the article stands in the text, its alef does not.
                    add(out, ARTICLE + rest.substring(1), p.length());
                }
            }
        }
        // Gazetteers write some names without the article the text uses («الكوير» / «كوير»);
        // the article stays inside the mention.
        for (int i = 0, n = out.size(); i < n; i++) {
            Reading r = out.get(i);
            if (r.text().startsWith(ARTICLE) && r.text().length() - ARTICLE.length() >= MIN_STEM) {
                add(out, r.text().substring(ARTICLE.length()), r.prefixLength());
            }
        }
        return out;
    }

    private static void add(List<Reading> out, String text, int prefixLength) {
        for (Reading r : out) {
            if (r.text().equals(text)) {
                return;
            }
        }
        out.add(new Reading(text, prefixLength));
    }
}
