package org.tansiq.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What the report lists for a human: missed spans, spurious spans and wrong places. */
final class Differences {

    private Differences() {
    }

    static List<Map<String, Object>> of(List<GoldMention> gold, List<PredictedMention> predicted) {
        Set<String> predictedSpans = predicted.stream().map(p -> p.start() + ":" + p.end()).collect(Collectors.toSet());
        Set<String> goldSpans = gold.stream().map(g -> g.start() + ":" + g.end()).collect(Collectors.toSet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (GoldMention g : gold) {
            if (!predictedSpans.contains(g.start() + ":" + g.end())) {
                out.add(entry("missed", g.start(), g.end(), g.surface(), g.place(), null));
            }
        }
        for (PredictedMention p : predicted) {
            if (!goldSpans.contains(p.start() + ":" + p.end())) {
                out.add(entry("spurious", p.start(), p.end(), p.surface(), null, p.place()));
            } else {
                gold.stream().filter(g -> g.start() == p.start() && g.end() == p.end() && !g.place().equals(p.place()))
                        .findFirst()
                        .ifPresent(g -> out.add(entry("wrong-place", p.start(), p.end(), p.surface(), g.place(),
                                p.place())));
            }
        }
        out.sort((a, b) -> Integer.compare((Integer) a.get("start"), (Integer) b.get("start")));
        return out;
    }

    private static Map<String, Object> entry(String kind, int start, int end, String surface, String expected,
            String got) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("start", start);
        m.put("end", end);
        m.put("surface", surface);
        if (expected != null) {
            m.put("expected", expected);
        }
        if (got != null) {
            m.put("got", got);
        }
        return m;
    }
}
