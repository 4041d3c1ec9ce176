package org.tansiq.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tansiq.gazetteer.Csv;

/**
 * The real-news evaluation set (src/test/resources/gold/realnews, see its README): excerpts of
 * public Arabic news pages, annotated by the gold guidelines, in parts (one per annotator). Each
 * excerpt belongs to the tuning or the test half by the SHA-256 of its page's URL, fixed before
 * it was annotated: the tuning half may be studied, the test half is scored and never read for
 * errors (the evaluation prints only its totals).
 */
final class RealNews {

    static final String DIR = "gold/realnews/";
    static final String TEXTS = DIR + "excerpts/";
    static final String TUNE = "tune";
    static final String TEST = "test";
    private static final List<String> PARTS = List.of("a", "b");

    private RealNews() {
    }

    /** The gold of one half, as one document like the other gold files: {@code kind} is "gold" or "events". */
    static JsonNode gold(ObjectMapper json, String kind, String half) throws IOException {
        ObjectNode out = json.createObjectNode();
        ArrayNode articles = out.putArray("articles");
        for (String part : PARTS) {
            Map<String, String> halves = halves(part);
            for (JsonNode article : json.readTree(resource(DIR + part + "-" + kind + ".json")).get("articles")) {
                String file = article.get("file").asText();
                String of = halves.get(file);
                if (of == null) {
                    throw new IOException(DIR + part + "-sources.csv does not list " + file);
                }
                if (of.equals(half)) {
                    articles.add(article);
                }
            }
        }
        return out;
    }

    /** File name to topic ({@code iraq} or {@code general}) over every part. */
    static Map<String, String> topics() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String part : PARTS) {
            out.putAll(column(part, "topic"));
        }
        return out;
    }

    /** File name to half, from a part's sources.csv ({@code file,outlet,url,title,publishedAt,topic,half}). */
    private static Map<String, String> halves(String part) throws IOException {
        return column(part, "half");
    }

    private static Map<String, String> column(String part, String name) throws IOException {
        List<List<String>> rows;
        try (InputStream in = stream(DIR + part + "-sources.csv")) {
            rows = Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> header = rows.get(0);
        int file = header.indexOf("file");
        int value = header.indexOf(name);
        Map<String, String> out = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(file, value)) {
                out.put(row.get(file), row.get(value));
            }
        }
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing classpath resource " + name);
        }
        return in;
    }
}
