package org.tansiq.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.KeyedLines;

/**
 * The date vocabulary, read from {@code dates/*.txt} so spellings can be added without touching
 * Java. Every phrase is kept in its normalised form (text.ArabicNormalizer, spaces collapsed),
 * because the grammar runs on normalised text.
 */
final class DateLexicon {

    private static final String MONTHS = "dates/months-ar.txt";
    private static final String WEEKDAYS = "dates/weekdays-ar.txt";
    private static final String WORDS = "dates/words-ar.txt";

    private static volatile DateLexicon standard;

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    /** Key («dir:past») to phrases. */
    private final Map<String, List<String>> words = new LinkedHashMap<>();
    /** Kind («dir») to phrase to value («past»). */
    private final Map<String, Map<String, String>> values = new HashMap<>();

    static DateLexicon standard() {
        if (standard == null) {
            synchronized (DateLexicon.class) {
                if (standard == null) {
                    standard = load();
                }
            }
        }
        return standard;
    }

    private static DateLexicon load() {
        DateLexicon lexicon = new DateLexicon();
        for (String[] row : rows(MONTHS)) {
            lexicon.months.put(row[1], Integer.parseInt(row[0]));
        }
        for (String[] row : rows(WEEKDAYS)) {
            lexicon.weekdays.put(row[1], DayOfWeek.of(Integer.parseInt(row[0])));
        }
        for (String[] row : rows(WORDS)) {
            lexicon.words.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            int colon = row[0].indexOf(':');
            String kind = colon < 0 ? row[0] : row[0].substring(0, colon);
            String value = colon < 0 ? "" : row[0].substring(colon + 1);
            lexicon.values.computeIfAbsent(kind, k -> new HashMap<>()).put(row[1], value);
        }
        return lexicon;
    }

    /** Non-comment lines as {key, normalised phrase}. */
    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        for (KeyedLines.Line line : KeyedLines.read(resource)) {
            rows.add(new String[] {line.key(), normalize(line.phrase())});
        }
        return rows;
    }

    /** Normalised, with runs of white space as one space: the form a regex group is looked up in. */
    static String normalize(String phrase) {
        return KeyedLines.foldPhrase(phrase);
    }

    Integer month(String normalizedPhrase) {
        return months.get(KeyedLines.spaced(normalizedPhrase));
    }

    DayOfWeek weekday(String normalizedPhrase) {
        return weekdays.get(KeyedLines.spaced(normalizedPhrase));
    }

    /** The value a phrase has under a kind («dir», «الماضي») -> «past»; null if it is not one. */
    String value(String kind, String normalizedPhrase) {
        Map<String, String> byPhrase = values.get(kind);
        return byPhrase == null ? null : byPhrase.get(KeyedLines.spaced(normalizedPhrase));
    }

    boolean has(String kind, String normalizedPhrase) {
        return value(kind, normalizedPhrase) != null;
    }

    /** Every phrase of a kind (all values), normalised. */
    List<String> phrases(String kind) {
        Map<String, String> byPhrase = values.get(kind);
        return byPhrase == null ? List.of() : List.copyOf(byPhrase.keySet());
    }

    /** A regex alternation of the kind's phrases, longest first, spaces matching any white space. */
    String alternation(String kind) {
        return alternation(phrases(kind));
    }

    String monthAlternation() {
        return alternation(List.copyOf(months.keySet()));
    }

    String weekdayAlternation() {
        return alternation(List.copyOf(weekdays.keySet()));
    }

    private static String alternation(List<String> phrases) {
        if (phrases.isEmpty()) {
            return "(?!)";
        }
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] words = sorted.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                sb.append(w > 0 ? "\\s+" : "").append(Pattern.quote(words[w]));
            }
        }
        return sb.append(')').toString();
    }
}
