package org.tansiq.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the candidate places the geoparser really resolves to themselves in a statement
 * («... في قرية X.»). The gazetteer holds villages named like persons or common words, which the
 * geoparser rightly leaves alone; a corpus naming them would yield events without places. One
 * {@code POST /api/geoparse} checks some 800 places (texts under 100 kB, so each call counts once
 * against the endpoint's rate limit).
 */
final class RecognisedPlaces {

    private static final int MAX_BYTES = 95_000;

    private RecognisedPlaces() {
    }

    static List<SyntheticCorpus.Place> keep(ApiClient api, ObjectMapper json, List<SyntheticCorpus.Place> candidates)
            throws Exception {
        List<SyntheticCorpus.Place> kept = new ArrayList<>();
        int i = 0;
        while (i < candidates.size()) {
            StringBuilder text = new StringBuilder();
            List<SyntheticCorpus.Place> chunk = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            int bytes = 0;
            while (i < candidates.size()) {
                String s = SyntheticCorpus.sentence(candidates.get(i)) + "\n";
                int b = s.getBytes(StandardCharsets.UTF_8).length;
                if (bytes + b > MAX_BYTES) {
                    break;
                }
                spans.add(new int[] {text.length(), text.length() + s.length()});
                text.append(s);
                chunk.add(candidates.get(i));
                bytes += b;
                i++;
            }
            ApiClient.Reply r = api.postText("/api/geoparse", text.toString());
            if (r.status() != 200) {
                throw new IllegalStateException("POST /api/geoparse answered " + r.status() + ": " + r.text());
            }
            Set<String> found = new HashSet<>();
            for (JsonNode m : json.readTree(r.body()).path("mentions")) {
                found.add(m.path("start").asInt() + ":" + m.path("placeId").asLong());
            }
            for (int k = 0; k < chunk.size(); k++) {
                SyntheticCorpus.Place p = chunk.get(k);
                int[] span = spans.get(k);
                for (int at = span[0]; at < span[1]; at++) {
                    if (found.contains(at + ":" + p.id())) {
                        kept.add(p);
                        break;
                    }
                }
            }
        }
        return kept;
    }
}
