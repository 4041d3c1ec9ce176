package org.tansiq.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.hibernate.Session;
import org.tansiq.corpus.Article;
import org.tansiq.corpus.ArticleRepository;
import org.tansiq.events.EventExtractor;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.geocoding.ResolvedMention;
import org.tansiq.text.Sha256;

/**
 * The one way articles enter Tansiq (the API and the seed corpus both come here): geoparse the
 * text and extract its events, outside any transaction (CPU work that must not hold a database
 * connection), then store the article, its mentions and its events in one short transaction
 * ({@link ArticleWriter}). Idempotent by the text's SHA-256.
 */
@ApplicationScoped
public class IngestionService {

    /**
     * Articles per write transaction in a bulk request: large enough that the per-transaction
     * round trips stop mattering, small enough that a lock on a popular text is held briefly
     * and the request's first results are written while later ones are still being read.
     */
    static final int WRITE_BATCH = 50;

    private final ArticleRepository articles;
    private final Geoparser geoparser;
    private final EntityManager em;
    private final EventStore events;
    private final ArticleWriter writer;
    private final ParseWorkers workers;
    /** The extractor, when the application has one; without it articles are stored with no events. */
    private final Instance<EventExtractor> extractors;

    IngestionService(ArticleRepository articles, Geoparser geoparser, EntityManager em, EventStore events,
            ArticleWriter writer, ParseWorkers workers, Instance<EventExtractor> extractors) {
        this.articles = articles;
        this.geoparser = geoparser;
        this.em = em;
        this.events = events;
        this.writer = writer;
        this.workers = workers;
        this.extractors = extractors;
    }

    public IngestResult ingest(NewArticle input) {
        return ingest(input, extractor());
    }

    /** Ingestion with a given extractor (or none): what {@link #ingest(NewArticle)} does with the application's. */
    IngestResult ingest(NewArticle input, Optional<EventExtractor> extractor) {
        String sha = Sha256.hex(input.text());
        // A text already stored is answered without reading it again; the writer checks again
        // under its lock, for a copy stored meanwhile.
        IngestResult stored = writer.findStored(List.of(sha)).get(sha);
        if (stored != null) {
            return stored;
        }
        return writer.write(List.of(read(input, sha, extractor))).get(0);
    }

    /**
     * Ingests many articles: the new ones are read on {@link ParseWorkers} and written
     * {@value #WRITE_BATCH} to a transaction as they come. One result per input, in order; a
     * text given twice is stored once (the second result says it was already stored). An
     * exception (a failed write) leaves the batches written before it stored.
     */
    public List<IngestResult> ingestAll(List<NewArticle> inputs) {
        Optional<EventExtractor> extractor = extractor();
        List<String> shas = inputs.stream().map(a -> Sha256.hex(a.text())).toList();
        Map<String, IngestResult> done = new HashMap<>(writer.findStored(List.copyOf(new LinkedHashSet<>(shas))));
        Map<String, Future<ParsedArticle>> reading = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            String sha = shas.get(i);
            NewArticle input = inputs.get(i);
            if (!done.containsKey(sha) && !reading.containsKey(sha)) {
                reading.put(sha, workers.submit(() -> read(input, sha, extractor)));
            }
        }
        List<ParsedArticle> batch = new ArrayList<>(WRITE_BATCH);
        try {
            for (Future<ParsedArticle> f : reading.values()) {
                batch.add(f.get());
                if (batch.size() == WRITE_BATCH) {
                    writer.write(batch).forEach(r -> done.put(r.sha256(), r));
                    batch.clear();
                }
            }
            writer.write(batch).forEach(r -> done.put(r.sha256(), r));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reading.values().forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted while reading articles", e);
        } catch (ExecutionException e) {
            reading.values().forEach(f -> f.cancel(true));
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        List<IngestResult> results = new ArrayList<>(inputs.size());
        Set<String> answered = new HashSet<>();
        for (String sha : shas) {
            IngestResult r = done.get(sha);
            // The second copy of a text in one request finds it stored by the first.
            results.add(answered.add(sha) ? r : new IngestResult(r.articleId(), false, r.mentions(), sha));
        }
        return results;
    }

    /**
     * Geoparses again every article another geoparser version read, replacing its mentions and
     * its events, and every article whose events were not extracted from this version's reading
     * (when there is an extractor); returns how many. One transaction: the map never shows half
     * old, half new readings.
     */
    @Transactional
    public int reparseStale() {
        Optional<EventExtractor> extractor = extractor();
        Set<Long> stale = new LinkedHashSet<>(articles.listIdsGeoparsedOtherThan(geoparser.version()));
        if (extractor.isPresent()) {
            stale.addAll(articles.listIdsExtractedOtherThan(eventsVersion(extractor.get())));
        }
        for (long id : stale) {
            Article article = articles.findById(id).orElseThrow();
            em.createQuery("delete from Mention m where m.article.id = :id").setParameter("id", id).executeUpdate();
            ParsedArticle read = read(null, article.sha256, article.body, article.publishedAt, extractor);
            em.unwrap(Session.class).doWork(c -> MentionRows.insert(c, List.of(new MentionRows.Of(id, read.mentions()))));
            article.geoparsedWith = read.geoparsedWith();
            if (read.events() != null) {
                events.replace(id, read.events());
                article.eventsExtractedWith = read.eventsVersion();
            }
        }
        return stale.size();
    }

    private Optional<EventExtractor> extractor() {
        return extractors.isResolvable() ? Optional.of(extractors.get()) : Optional.empty();
    }

    private ParsedArticle read(NewArticle input, String sha, Optional<EventExtractor> extractor) {
        return read(input, sha, input.text(), input.publishedAt(), extractor);
    }

    /** Geoparses, then (with an extractor) reads the events from this reading's mentions. Thread-safe. */
    private ParsedArticle read(NewArticle input, String sha, String text, LocalDate published,
            Optional<EventExtractor> extractor) {
        List<ResolvedMention> mentions = geoparser.parse(text);
        if (extractor.isEmpty()) {
            return new ParsedArticle(input, sha, geoparser.version(), mentions, null, null);
        }
        return new ParsedArticle(input, sha, geoparser.version(), mentions,
                extractor.get().extract(text, mentions, published), eventsVersion(extractor.get()));
    }

    /** What events are read with: this geoparser's mentions and this extractor's rules. */
    private String eventsVersion(EventExtractor extractor) {
        return Sha256.hex(geoparser.version() + "/" + extractor.version());
    }
}
