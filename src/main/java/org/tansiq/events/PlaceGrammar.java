package org.tansiq.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tansiq.geocoding.ResolvedMention;
import org.tansiq.text.ArabicNormalizer;

/**
 * How the words before a place name tie it to a statement: a locative («في كركوك», «بكركوك»,
 * «في معسكر K1»), an origin («من بغداد»), a reference point («جنوب غرب أربيل»), a party
 * («بين بغداد وأربيل»), or the next item of a list («كركوك، مخمور، ديالى و نينوى»). The words
 * are data ({@code events/place-words.txt}); this class only reads the few words before a name.
 */
final class PlaceGrammar {

    /** How far back to look for the words before a name. */
    private static final int WINDOW = 48;
    /** The most words a list separator may have («، والبقية في كل من»). */
    private static final int MAX_SEPARATOR_WORDS = 5;

    private final Set<String> locatives;
    private final Set<String> inclusions;
    private final Set<String> nouns;
    private final Set<String> origins;
    private final Set<String> references;
    private final Set<String> futures;
    private final Set<String> areaBetween;
    private final Set<String> wideCodes;
    private final Set<String> listWords;

    PlaceGrammar(CueWords words) {
        this.locatives = words.of("locative");
        this.inclusions = words.of("inclusion");
        this.nouns = words.of("noun");
        this.origins = words.of("origin");
        this.references = words.of("reference");
        this.futures = words.of("future");
        this.areaBetween = words.of("between");
        this.wideCodes = words.raw("widecode");
        this.listWords = words.of("listword");
    }

    /** What separates words: white space, ASCII punctuation, Arabic punctuation, quotes and dashes. */
    private static final String SEPARATORS = " \t\n\u000B\f\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»“”،؛\u061F\u2013\u2014";

    /**
     * The words (normalised, punctuation dropped) of {@code text[from, to)}. Split by hand, not
     * by a regular expression: it runs several times for every place name.
     */
    static List<String> words(String text, int from, int to) {
        String folded = ArabicNormalizer.fold(text.substring(Math.max(0, from), Math.max(from, to)));
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean separator = i == folded.length() || SEPARATORS.indexOf(folded.charAt(i)) >= 0;
            if (separator && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return words;
    }

    /** The words just before a name, its preposition and place nouns («في حدود قضاء») peeled off into a reading. */
    private Reading before(String text, int floor, int start) {
        List<String> w = words(text, Math.max(floor, start - WINDOW), start);
        boolean attachedBa = start > 0 && text.charAt(start - 1) == 'ب'
                && (start < 2 || !Character.isLetter(text.charAt(start - 2)) || text.charAt(start - 2) == 'و');
        boolean nounWithBa = false;
        int nounCount = 0;
        while (!w.isEmpty()) {
            String last = w.get(w.size() - 1);
            if (w.size() >= 2 && nouns.contains(w.get(w.size() - 2) + " " + last)) {
                w.remove(w.size() - 1);
                w.remove(w.size() - 1);
            } else if (isNoun(last)) {
                w.remove(w.size() - 1);
            } else if (isNoun(stripBa(last))) {
                nounWithBa = true;
                w.remove(w.size() - 1);
            } else {
                break;
            }
            nounCount++;
        }
        return new Reading(w, attachedBa || nounWithBa, nounCount);
    }

    private record Reading(List<String> rest, boolean ba, int nouns) {
        String last(int n) {
            if (rest.size() < n) {
                return "";
            }
            return String.join(" ", rest.subList(rest.size() - n, rest.size()));
        }
    }

    private boolean isNoun(String w) {
        return nouns.contains(w) || w.startsWith("ال") && nouns.contains(w.substring(2))
                || w.startsWith("و") && nouns.contains(w.substring(1));
    }

    private static String stripBa(String w) {
        if (w.startsWith("وب")) {
            return w.substring(2);
        }
        return w.startsWith("ب") ? w.substring(1) : w;
    }

    private static String stripWa(String w) {
        return w.length() > 1 && w.startsWith("و") ? w.substring(1) : w;
    }

    /** «في كركوك», «إلى كركوك», «بكركوك», «في معسكر K1», «بمدينة كركوك», «بينها كركوك». */
    boolean isLocative(String text, int floor, ResolvedMention m) {
        Reading r = before(text, floor, m.start());
        if (r.ba()) {
            return true;
        }
        for (int n = 3; n >= 1; n--) {
            String tail = r.last(n);
            if (inclusions.contains(tail) || n == 1 && locatives.contains(stripWa(tail))) {
                return true;
            }
        }
        return false;
    }

    /** «من بغداد», «من محافظة أربيل». */
    boolean isOrigin(String text, int floor, ResolvedMention m) {
        Reading r = before(text, floor, m.start());
        return origins.contains(stripWa(r.last(1)));
    }

    /** «جنوب غرب أربيل», «في شمال كركوك»: the name is a reference point, not the place of the statement. */
    boolean isReference(String text, int floor, ResolvedMention m) {
        Reading r = before(text, floor, m.start());
        return references.contains(r.last(1)) || references.contains(r.last(2));
    }

    /** «بين بغداد وأربيل»: the name stands for a party. */
    boolean isParty(String text, int floor, ResolvedMention m) {
        Reading r = before(text, floor, m.start());
        String last = r.last(1);
        boolean between = "بين".equals(last) || "وبين".equals(last) || "ما بين".equals(r.last(2));
        String before = r.rest().size() >= 2 ? r.rest().get(r.rest().size() - 2) : "";
        return between && !areaBetween.contains(before);
    }

    /** Only place nouns between a cue and the name («حملة مخمور», «غرفة عمليات ديالى», «لتطهير جبال قرة جوخ»). */
    boolean followsDirectly(String text, int cueEnd, ResolvedMention m) {
        if (m.start() < cueEnd) {
            return false;
        }
        List<String> between = words(text, cueEnd, m.start());
        return between.stream().allMatch(this::isNoun) && between.size() <= 2;
    }

    /**
     * The text between two names of a list («، », « و », «، والبقية في كل من »): empty when the
     * second name does not continue the first; otherwise whether it starts a new item (a comma
     * or «و») rather than narrowing the first («K1 بمدينة كركوك», «مخمور ضمن محافظة نينوى»).
     */
    ListLink link(String text, ResolvedMention previous, ResolvedMention next) {
        String gap = text.substring(previous.end(), next.start());
        String trimmed = gap.strip();
        List<String> w = words(text, previous.end(), next.start());
        boolean newItem = trimmed.startsWith("،") || trimmed.startsWith(",") || trimmed.startsWith("و")
                || !w.isEmpty() && w.get(0).equals("و");
        if (w.size() > MAX_SEPARATOR_WORDS) {
            return ListLink.NONE;
        }
        for (String word : w) {
            String bare = stripWa(word);
            if (!(word.equals("و") || isNoun(word) || isNoun(stripBa(word)) || locatives.contains(bare)
                    || listWords.contains(bare) || word.equals("ب"))) {
                return ListLink.NONE;
            }
        }
        return newItem ? ListLink.NEW_ITEM : ListLink.SAME_ITEM;
    }

    enum ListLink {
        NONE,
        NEW_ITEM,
        SAME_ITEM
    }

    /** A clause that speaks of what will or might happen («سنشن قريباً عمليات تمشيط»). */
    boolean isFuture(String text, int from, int to) {
        List<String> w = words(text, from, to);
        for (int i = 0; i < w.size(); i++) {
            String one = stripWa(w.get(i));
            String two = i + 1 < w.size() ? one + " " + w.get(i + 1) : "";
            String three = i + 2 < w.size() ? two + " " + w.get(i + 2) : "";
            if (futures.contains(one) || futures.contains(two) || futures.contains(three)) {
                return true;
            }
        }
        return false;
    }

    /** A country or a region: too wide to place a statement. */
    boolean isTooWide(ResolvedMention m) {
        return m.place().featureCode() != null && wideCodes.contains(m.place().featureCode());
    }
}
