package org.tansiq.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a place name into the keys the matcher looks up: its normalised tokens joined by one
 * space, and a form without spaces (so «طوزخورماتو» and «طوز خورماتو» meet). Proclitics and
 * the article are the matcher's business (text.Proclitics), not the key's.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /** The canonical key: normalised tokens joined by single spaces; empty if no tokens. */
    public static String key(String name) {
        return join(Tokenizer.tokenize(ArabicNormalizer.fold(name)), "");
    }

    /** Every key under which a name should be found. */
    public static Set<String> keys(String name) {
        List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.fold(name));
        Set<String> keys = new LinkedHashSet<>();
        if (tokens.isEmpty()) {
            return keys;
        }
        String spaced = join(tokens, "");
        keys.add(spaced);
        keys.add(spaced.replace(" ", ""));
        return keys;
    }

    /** Joins token texts with spaces, dropping {@code firstPrefix} from the first token. */
    private static String join(List<Token> tokens, String firstPrefix) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (i == 0) {
                t = t.substring(firstPrefix.length());
            } else {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /**
     * Marks a key that names its place only right after a trigger word of the place's kind
     * («محافظة», «ولاية»): a short foreign name that is an Arabic word on its own («شان», Myanmar's
     * Shan State, is «شأن» "matter"). The marker is no letter, so no name folds to it.
     */
    public static final String AFTER_TRIGGER_ONLY = "~";

    public static String afterTriggerOnly(String key) {
        return AFTER_TRIGGER_ONLY + key;
    }

    /** True when the name is written (at least partly) in Arabic script. */
    public static boolean isArabicScript(String name) {
        for (int i = 0; i < name.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(name.charAt(i));
            if (script == Character.UnicodeScript.ARABIC && Character.isLetter(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
