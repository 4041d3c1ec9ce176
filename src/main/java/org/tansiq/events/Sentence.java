package org.tansiq.events;

import java.util.ArrayList;
import java.util.List;
import org.tansiq.geocoding.ResolvedMention;

/**
 * One sentence of an article with what was found in it: its place mentions and its clauses (the
 * stretches between commas, semicolons and colons), which decide which status phrase speaks of
 * which centre.
 */
record Sentence(int start, int end, String text, List<ResolvedMention> mentions, List<int[]> clauses) {

    static Sentence of(String text, int start, int end, List<ResolvedMention> all) {
        List<ResolvedMention> mentions = all.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
        List<int[]> clauses = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '،' || c == ',' || c == '؛' || c == ';' || c == ':') {
                clauses.add(new int[] {from, i});
                from = i + 1;
            }
        }
        clauses.add(new int[] {from, end});
        return new Sentence(start, end, text, mentions, clauses);
    }

    String quote() {
        return text.substring(start, end);
    }

    /** The clause holding {@code offset}. */
    int[] clauseAt(int offset) {
        for (int[] c : clauses) {
            if (offset >= c[0] && offset < Math.max(c[1], c[0] + 1)) {
                return c;
            }
        }
        return clauses.get(clauses.size() - 1);
    }
}
