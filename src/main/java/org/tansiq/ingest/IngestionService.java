package org.tansiq.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tansiq.corpus.Article;
import org.tansiq.corpus.ArticleRepository;
import org.tansiq.gazetteer.Place;
import org.tansiq.geocoding.Geoparser;
import org.tansiq.geocoding.ResolvedMention;
import org.tansiq.text.Sha256;

/**
 * The one way articles enter Tansiq (the API and the seed corpus both come here): store the
 * text, geoparse it, store the mentions. Idempotent by the text's SHA-256.
 */
@ApplicationScoped
public class IngestionService {

    private final ArticleRepository articles;
    private final Geoparser geoparser;
    private final EntityManager em;

    IngestionService(ArticleRepository articles, Geoparser geoparser, EntityManager em) {
        this.articles = articles;
        this.geoparser = geoparser;
        this.em = em;
    }

    @Transactional
    public IngestResult ingest(NewArticle input) {
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
        int mentions = storeMentions(article);
        return new IngestResult(article.id, true, mentions, sha);
    }

    /**
     * Geoparses again every article another geoparser version read, replacing its mentions;
     * returns how many. One transaction: the map never shows half old, half new readings.
     */
    @Transactional
    public int reparseStale() {
        List<Long> stale = articles.listIdsGeoparsedOtherThan(geoparser.version());
        for (long id : stale) {
            Article article = articles.findById(id).orElseThrow();
            em.createQuery("delete from Mention m where m.article.id = :id").setParameter("id", id).executeUpdate();
            storeMentions(article);
        }
        return stale.size();
    }

    private int storeMentions(Article article) {
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
        return resolved.size();
    }

    private int countMentions(long articleId) {
        return em.createQuery("select count(m) from Mention m where m.article.id = :id", Long.class)
                .setParameter("id", articleId).getSingleResult().intValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
