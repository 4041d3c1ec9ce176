package org.tansiq.dates;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a list of patterns can match a text from a given position on, judged from the next
 * few chars, so a search can skip positions where a pattern cannot match without running it
 * there: running it costs far more than the answer (each attempt resets the matcher's many
 * groups, then tries every alternative), and most words of a text open no date.
 *
 * <p>Each pattern answers for itself, about the text of those chars alone: a pattern that fails
 * on it without reaching its end ({@link Matcher#hitEnd()} false) never looked past them, so it
 * fails on every text that starts with them. The patterns must not look behind their start.
 * Four chars tell «الشهر» from «المركز», «الاحد» from «الامن»; one would not.
 *
 * <p>Answers are kept in a table of {@value #SLOTS} slots: an opening takes the slot its hash
 * names or one of the next three, and when all four are taken it replaces the first. Entries are
 * immutable, so concurrent readers see a whole answer or none; two writers racing for a slot lose
 * one answer, which is asked again when next needed.
 */
final class Openings {

    /** Chars an opening has: four tell «الاحد» from «الامن», and pack into a long. */
    private static final int LENGTH = 4;
    /** Stands for the chars of a short opening past the end of the text (a noncharacter). */
    private static final char END = '\uFFFF';
    private static final int SLOTS = 1 << 16;
    private static final int WAYS = 4;

    /** The chars of an opening, packed, and the patterns that may match from it. */
    private record Entry(long key, int patterns) {
    }

    private final List<Pattern> patterns;
    private final AtomicReferenceArray<Entry> answers = new AtomicReferenceArray<>(SLOTS);

    Openings(List<Pattern> patterns) {
        if (patterns.size() >= Integer.SIZE) {
            throw new IllegalArgumentException("an int holds the answers: fewer than 32 patterns, not " + patterns.size());
        }
        for (Pattern p : patterns) {
            if (p.matcher("").lookingAt()) {
                throw new IllegalArgumentException("matches empty text, so it has no opening: " + p);
            }
        }
        this.patterns = List.copyOf(patterns);
    }

    /** Bit i set when pattern i may match from {@code at} on; clear when it cannot. */
    int mayMatchAt(String text, int at) {
        int n = Math.min(LENGTH, text.length() - at);
        long key = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = i < n ? text.charAt(at + i) : END;
            if (Character.isSurrogate(c) || c == END && i < n) {
                return -1; // half a char, or the char that marks the end here: leave it to the patterns
            }
            key = key << 16 | c;
        }
        int home = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40); // Fibonacci hashing: the high bits mix all chars
        int free = -1;
        for (int i = 0; i < WAYS; i++) {
            int slot = (home + i) & (SLOTS - 1);
            Entry entry = answers.get(slot);
            if (entry == null) {
                free = free < 0 ? slot : free;
            } else if (entry.key() == key) {
                return entry.patterns();
            }
        }
        int may = ask(text.substring(at, at + n));
        answers.set(free >= 0 ? free : home & (SLOTS - 1), new Entry(key, may));
        return may;
    }

    private int ask(String opening) {
        int may = 0;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(opening);
            if (m.lookingAt() || m.hitEnd()) {
                may |= 1 << i;
            }
        }
        return may;
    }
}
