package org.tansiq.events;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.tansiq.text.KeyedLines;

/** A word list ({@code key phrase} a line) read as sets of normalised phrases by key. */
final class CueWords {

    private final Map<String, Set<String>> folded = new HashMap<>();
    private final Map<String, Set<String>> raw = new HashMap<>();

    static CueWords load(String resource) {
        CueWords words = new CueWords();
        for (KeyedLines.Line line : KeyedLines.read(resource)) {
            words.raw.computeIfAbsent(line.key(), k -> new LinkedHashSet<>()).add(line.phrase());
            words.folded.computeIfAbsent(line.key(), k -> new LinkedHashSet<>())
                    .add(KeyedLines.foldPhrase(line.phrase()));
        }
        return words;
    }

    Set<String> of(String key) {
        return folded.getOrDefault(key, Set.of());
    }

    Set<String> raw(String key) {
        return raw.getOrDefault(key, Set.of());
    }
}
