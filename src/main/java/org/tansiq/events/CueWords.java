package org.tansiq.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.tansiq.text.ArabicNormalizer;

/** A word list ({@code key phrase} a line) read as sets of normalised phrases by key. */
final class CueWords {

    private final Map<String, Set<String>> folded = new HashMap<>();
    private final Map<String, Set<String>> raw = new HashMap<>();

    static CueWords load(String resource) {
        CueWords words = new CueWords();
        try (InputStream in = CueWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                String key = line.substring(0, space);
                String phrase = line.substring(space + 1).strip();
                words.raw.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(phrase);
                words.folded.computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .add(ArabicNormalizer.fold(phrase).replaceAll("\\s+", " "));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
