package org.tansiq.geocoding;

import java.util.List;
import java.util.Set;
import org.tansiq.gazetteer.StopKeys;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.gazetteer.WordList;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.Token;

/**
 * Names no gazetteer lists, announced by a trigger word: «قرية خانصور», «مخيم العروب», «جبل
 * بيخير». Right after «قرية», «بلدة», «مخيم», «حي», «مجمع», «ناحية» or «جبل», a word that is no
 * place the gazetteer knows, no stop word and no common word of that position (db/gazetteer/
 * not-names-ar.txt: «قرية صغيرة», «مخيم النازحين») is a place's name; the resolver then places it
 * in the smallest unit the text supports ({@link ApproximatePlaces}).
 *
 * <p>One word, or two when the first is a name-forming word («تل», «عين», «أبو», «البو») or the
 * second carries the article after a first without it («مثلث الشهداء»).
 */
final class UnlistedNames {

    static final String RESOURCE = "gazetteer/not-names-ar.txt";
    /** Words that open a two-word name: a hill, a spring, "father of", a tribe's village. */
    private static final Set<String> NAME_OPENERS = Set.of("تل", "عين", "ابو", "ام", "البو", "بير", "كاني", "كرد",
            "ال", "تله", "بئر", "خربه", "خربة");
    private static final Set<String> NOT_NAMES = words();

    private UnlistedNames() {
    }

    /** True for the triggers after which an unknown word is taken as a name. */
    static boolean announces(Trigger t) {
        return t == Trigger.SETTLEMENT || t == Trigger.SUBDISTRICT || t == Trigger.MOUNTAIN;
    }

    /**
     * How many tokens from {@code i} make an unlisted name (0, 1 or 2).
     *
     * @param known whether the token at an index starts a gazetteer name or is a stop key
     */
    static int at(List<Token> tokens, int i, StopKeys stop, java.util.function.IntPredicate known) {
        if (!nameLike(tokens.get(i), stop)) {
            return 0;
        }
        if (i + 1 < tokens.size() && !known.test(i + 1)) {
            String first = tokens.get(i).text();
            Token next = tokens.get(i + 1);
            boolean opener = NAME_OPENERS.contains(first);
            boolean construct = !first.startsWith("ال") && next.text().startsWith("ال") && next.length() > 3;
            if ((opener || construct) && nameLike(next, stop) && adjacent(tokens.get(i), next)) {
                return 2;
            }
            if (opener) {
                return 0;
            }
        }
        return 1;
    }

    private static boolean nameLike(Token t, StopKeys stop) {
        if (t.length() < 3) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (Character.UnicodeScript.of(t.charAt(k)) != Character.UnicodeScript.ARABIC) {
                return false;
            }
        }
        String s = t.text();
        return (stop == null || !stop.keys().contains(s)) && !NOT_NAMES.contains(s) && !adjectiveShaped(s);
    }

    /**
     * A nisba or relative adjective («الحدودية», «النائية», «المجاورة»...): the word describes the
     * place the trigger announced, it does not name it. Folded: «ة» is «ه», «ى» is «ي».
     */
    private static boolean adjectiveShaped(String s) {
        return s.endsWith("يه") || s.startsWith("ال") && s.endsWith("ي");
    }

    /** Only spaces between two tokens: a comma or a full stop ends a name. */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() == 1;
    }

    private static Set<String> words() {
        Set<String> out = new java.util.HashSet<>();
        for (String line : WordList.read(RESOURCE)) {
            for (String w : line.split("\\s+")) {
                out.add(ArabicNormalizer.fold(w));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return Set.copyOf(out);
    }
}
