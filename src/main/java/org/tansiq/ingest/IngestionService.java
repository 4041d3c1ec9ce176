package org.tansiq.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tansiq.corpus.Article;
import org.tansiq.corpus.ArticleRepository;
import org.tansiq.events.EventExtractor;
import org.tansiq.gazetteer.Place;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.geocoding.ResolvedMention;
import org.tansiq.text.Sha256;

/**
 * The one way articles enter Tansiq (the API and the seed corpus both come here): store the
 * text, geoparse it, store the mentions, extract the events from them and store those, all in
 * one transaction. Idempotent by the text's SHA-256.
 */
@ApplicationScoped
public class IngestionService {

    private final ArticleRepository articles;
    private final Geoparser geoparser;
    private final EntityManager em;
    private final EventStore events;
    /** The extractor, when the application has one; without it articles are stored with no events. */
    private final Instance<EventExtractor> extractors;

    IngestionService(ArticleRepository articles, Geoparser geoparser, EntityManager em, EventStore events,
            Instance<EventExtractor> extractors) {
        this.articles = articles;
        this.geoparser = geoparser;
        this.em = em;
        this.events = events;
        this.extractors = extractors;
    }

    @Transactional
    public IngestResult ingest(NewArticle input) {
        return ingest(input, extractor());
    }

    /** Ingestion with a given extractor (or none): what {@link #ingest(NewArticle)} does with the application's. */
    @Transactional
    IngestResult ingest(NewArticle input, Optional<EventExtractor> extractor) {
        String sha = Sha256.hex(input.text());
        // Two requests with the same text must not both pass the check below: serialise them on
        // the hash for the rest of this transaction.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:sha, 0))").setParameter("sha", sha)
                .getSingleResult();
        var existing = articles.findBySha256(sha);
        if (existing.isPresent()) {
            return new IngestResult(existing.get().id, false, countMentions(existing.get().id), sha);
        }
        Article article = new Article();
        article.title = input.title().strip();
        article.outlet = blankToNull(input.outlet());
        article.url = blankToNull(input.url());
        article.publishedAt = input.publishedAt();
        article.language = input.languageOrDefault();
        article.body = input.text();
        article.sha256 = sha;
        articles.persist(article);
        int mentions = storeMentions(article, extractor);
        return new IngestResult(article.id, true, mentions, sha);
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
            storeMentions(article, extractor);
        }
        return stale.size();
    }

    private Optional<EventExtractor> extractor() {
        return extractors.isResolvable() ? Optional.of(extractors.get()) : Optional.empty();
    }

    private int storeMentions(Article article, Optional<EventExtractor> extractor) {
        article.geoparsedWith = geoparser.version();
        List<ResolvedMention> resolved = geoparser.parse(article.body);
        for (ResolvedMention r : resolved) {
            Mention m = new Mention();
            m.article = article;
            m.start = r.start();
            m.end = r.end();
            m.surface = r.surface();
            m.place = em.getReference(Place.class, r.place().id());
            m.confidence = (float) r.confidence();
            em.persist(m);
        }
        if (extractor.isPresent()) {
            // Events are read from this reading's mentions: they are as current as the mentions.
            events.replace(article.id, extractor.get().extract(article.body, resolved, article.publishedAt));
            article.eventsExtractedWith = eventsVersion(extractor.get());
        }
        return resolved.size();
    }

    /** What events are read with: this geoparser's mentions and this extractor's rules. */
    private String eventsVersion(EventExtractor extractor) {
        return Sha256.hex(geoparser.version() + "/" + extractor.version());
    }

    private int countMentions(long articleId) {
        return em.createQuery("select count(m) from Mention m where m.article.id = :id", Long.class)
                .setParameter("id", articleId).getSingleResult().intValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
