package org.tansiq.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists the extractors read (cue phrases, month names...): a UTF-8 classpath resource
 * of {@code key phrase} lines, the key one word, the phrase the rest of the line; blank lines
 * and lines starting with {@code #} are skipped.
 */
public final class KeyedLines {

    /** One line: its key and its phrase, as written. */
    public record Line(String key, String phrase) {
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private KeyedLines() {
    }

    /** A phrase as it is looked up: folded ({@link ArabicNormalizer#fold}), runs of white space as one space. */
    public static String foldPhrase(String phrase) {
        return spaced(ArabicNormalizer.fold(phrase).strip());
    }

    /** Runs of white space as one space (the pattern compiled once: look-ups call it per phrase). */
    public static String spaced(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** Every line of the resource, in file order; a missing resource or a key without a phrase is an error. */
    public static List<Line> read(String resource) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = KeyedLines.class.getClassLoader().getResourceAsStream(resource)) {
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
                if (space < 0) {
                    throw new IllegalStateException(resource + ": no phrase after the key in «" + line + "»");
                }
                lines.add(new Line(line.substring(0, space), line.substring(space + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return lines;
    }
}
