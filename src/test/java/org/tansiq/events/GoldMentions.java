package org.tansiq.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.ResolvedMention;

/**
 * The seeds' place mentions as the hand-annotated toponym gold has them (which the geoparser
 * matches exactly on the seeds, see GeoparserEvaluationTest), for tests of the extractor that need
 * no database. A place's id is a stable number made from its gold key; countries and the
 * Kurdistan Region get the feature codes the gazetteer gives them.
 */
final class GoldMentions {

    private GoldMentions() {
    }

    static String seed(String file) {
        return new String(resource("seeds/" + file), StandardCharsets.UTF_8);
    }

    static List<ResolvedMention> of(String file) {
        try {
            JsonNode gold = new ObjectMapper().readTree(resource("gold/seeds-gold.json"));
            for (JsonNode article : gold.get("articles")) {
                if (!article.get("file").asText().equals(file)) {
                    continue;
                }
                List<ResolvedMention> mentions = new ArrayList<>();
                for (JsonNode m : article.get("mentions")) {
                    String key = m.get("place").asText();
                    String source = key.substring(0, key.indexOf(':'));
                    String sourceId = key.substring(key.indexOf(':') + 1);
                    String code = sourceId.startsWith("country-") ? "PCLI" : sourceId.equals("kurdistan-region") ? "RGN" : "PPL";
                    PlaceCandidate place = new PlaceCandidate(idOf(key), m.get("surface").asText(), m.get("surface").asText(),
                            m.path("nameEn").asText(null), "P", code, "IQ", null, 0, source, sourceId,
                            m.get("lat").asDouble(), m.get("lon").asDouble());
                    mentions.add(new ResolvedMention(m.get("start").asInt(), m.get("end").asInt(), m.get("surface").asText(),
                            place, 1.0, List.of()));
                }
                return mentions;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("no gold for " + file);
    }

    /** The gold key («geonames:94787») a test place id stands for. */
    static long idOf(String key) {
        return key.hashCode() & 0x7fffffffL;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
