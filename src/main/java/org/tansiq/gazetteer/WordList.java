package org.tansiq.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The word-list files in db/gazetteer: one entry a line, {@code #} starts a comment. */
public final class WordList {

    private WordList() {
    }

    /** The entries of a classpath resource; empty when the resource is absent. */
    public static List<String> read(String resource) {
        List<String> entries = new ArrayList<>();
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return entries;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return entries;
    }
}
