package org.tansiq.events;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tansiq.text.ArabicNormalizer;

/**
 * How many centres a statement announces («أربعة مراكز», «3 غرف عمليات», «غرفتي عمليات») and
 * whether a sentence is an item of a list («أ – ...», «2- ...», «- ...»).
 */
final class Counts {

    /** Number words before a plural centre noun, folded («أربعة» → «اربعه»). */
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3), Map.entry("اربع", 4), Map.entry("اربعه", 4),
            Map.entry("خمس", 5), Map.entry("خمسه", 5), Map.entry("ست", 6), Map.entry("سته", 6),
            Map.entry("سبع", 7), Map.entry("سبعه", 7), Map.entry("ثماني", 8), Map.entry("ثمانيه", 8),
            Map.entry("تسع", 9), Map.entry("تسعه", 9), Map.entry("عشر", 10), Map.entry("عشره", 10));
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(\\S+)\\s+$");
    /** A list item opens its line: a letter or a number, then a dash, a stop or a bracket; or a bare dash. */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:(?:[\\u0621-\\u064A]|[0-9\\u0660-\\u0669]{1,2})\\s*[-–—.)]|[-–—•])\\s*\\S");

    private Counts() {
    }

    /** The count a centre phrase of the sentence carries (the word before it), 0 when none. */
    static int of(String text, int sentenceStart, List<CueHit> centres) {
        for (CueHit h : centres) {
            if (!h.key().equals(EventCues.CENTRE)) {
                continue;
            }
            String before = text.substring(Math.max(sentenceStart, h.start() - 20), h.start());
            Matcher m = NUMBER_BEFORE.matcher(before);
            if (!m.find()) {
                continue;
            }
            String word = ArabicNormalizer.fold(m.group(1));
            if (word.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(word.length() > 2 ? "0" : word);
            }
            Integer n = WORDS.get(word);
            if (n != null) {
                return n;
            }
        }
        return 0;
    }

    static boolean isListItem(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start) + 1;
        return ITEM.matcher(text.substring(lineStart, end)).find() && text.substring(lineStart, start).isBlank();
    }
}
