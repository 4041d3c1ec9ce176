package org.tansiq.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.tansiq.text.NameKeys;

/**
 * Words that some gazetteer lists as a place name but that in news text almost always mean
 * something else: Lucene's Arabic stop words («كان», «وان»...), the trigger words («مدينة»,
 * «معسكر»), and our own list in db/gazetteer/stopwords-ar.txt («خمور» wines...).
 */
@ApplicationScoped
public class StopKeys {

    static final String RESOURCE = "gazetteer/stopwords-ar.txt";

    private final Set<String> keys;

    StopKeys() {
        this.keys = Set.copyOf(read());
    }

    public Set<String> keys() {
        return keys;
    }

    private static Set<String> read() {
        Set<String> keys = new HashSet<>();
        for (Object word : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
            keys.add(NameKeys.key(word instanceof char[] chars ? new String(chars) : word.toString()));
        }
        for (String trigger : Trigger.allWords()) {
            keys.add(trigger);
            keys.add("ال" + trigger);
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return keys;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!word.isEmpty()) {
                    keys.add(NameKeys.key(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
