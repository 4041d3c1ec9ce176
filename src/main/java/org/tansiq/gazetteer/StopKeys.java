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
    private final Set<String> ordinaryWords;

    StopKeys() {
        this(read(), ordinary());
    }

    private StopKeys(Set<String> keys, Set<String> ordinaryWords) {
        this.keys = Set.copyOf(keys);
        this.ordinaryWords = Set.copyOf(ordinaryWords);
    }

    /** The project's stop keys (Lucene's, the triggers', the file's), outside CDI: for tests and tools. */
    public static StopKeys standard() {
        return new StopKeys();
    }

    public Set<String> keys() {
        return keys;
    }

    /**
     * The stop keys that are words with a meaning of their own («الملتقى» the meeting, «خمور»
     * wines), from the file: after a trigger word of their place's kind they are names
     * («نواحي الملتقى»). Not the function words nor the trigger words, which never are.
     */
    public Set<String> ordinaryWords() {
        return ordinaryWords;
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
        keys.addAll(ordinary());
        return keys;
    }

    private static Set<String> ordinary() {
        Set<String> words = new HashSet<>();
        WordList.read(RESOURCE).forEach(word -> words.add(NameKeys.key(word)));
        Set<String> never = new HashSet<>();
        for (Object word : org.apache.lucene.analysis.ar.ArabicAnalyzer.getDefaultStopSet()) {
            never.add(NameKeys.key(word instanceof char[] chars ? new String(chars) : word.toString()));
        }
        for (String trigger : Trigger.allWords()) {
            never.add(trigger);
            never.add("ال" + trigger);
        }
        words.removeAll(never);
        return words;
    }
}
