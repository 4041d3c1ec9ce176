package org.tansiq.gazetteer;

import jakarta.enterprise.context.ApplicationScoped;
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
        this(read());
    }

    private StopKeys(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /** The project's stop keys (Lucene's, the triggers', the file's), outside CDI: for tests and tools. */
    public static StopKeys standard() {
        return new StopKeys();
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
        WordList.read(RESOURCE).forEach(word -> keys.add(NameKeys.key(word)));
        return keys;
    }
}
