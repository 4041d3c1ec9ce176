package org.tansiq.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The five bundled seed articles (src/main/resources/seeds, metadata in seeds.json), loaded
 * through the same ingestion as POST /api/articles, so a fresh install shows what they say.
 */
@ApplicationScoped
public class SeedCorpus {

    private static final Logger LOG = Logger.getLogger(SeedCorpus.class);
    static final String DIRECTORY = "seeds/";

    private final IngestionService ingestion;
    private final ObjectMapper json;

    SeedCorpus(IngestionService ingestion, ObjectMapper json) {
        this.ingestion = ingestion;
        this.json = json;
    }

    /** Ingests every seed article not yet stored; returns one result per seed. */
    public List<IngestResult> load() {
        List<IngestResult> results = new ArrayList<>();
        for (NewArticle article : articles()) {
            results.add(ingestion.ingest(article));
        }
        long created = results.stream().filter(IngestResult::created).count();
        LOG.infof("Seed corpus: %d articles, %d newly ingested", results.size(), created);
        return results;
    }

    public List<NewArticle> articles() {
        try {
            JsonNode index = json.readTree(resource("seeds.json"));
            List<NewArticle> out = new ArrayList<>();
            for (JsonNode seed : index) {
                String text = new String(resource(seed.get("file").asText()), StandardCharsets.UTF_8);
                out.add(new NewArticle(
                        seed.get("title").asText(),
                        textOrNull(seed, "outlet"),
                        textOrNull(seed, "url"),
                        textOrNull(seed, "publishedAt") == null ? null : LocalDate.parse(seed.get("publishedAt").asText()),
                        textOrNull(seed, "language"),
                        text));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the seed corpus failed", e);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + DIRECTORY + name);
            }
            return in.readAllBytes();
        }
    }
}
