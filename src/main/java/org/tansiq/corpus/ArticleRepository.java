package org.tansiq.corpus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Finding and storing articles. */
@ApplicationScoped
public class ArticleRepository {

    private final EntityManager em;

    ArticleRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Article> findById(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public Optional<Article> findBySha256(String sha256) {
        return em.createQuery("from Article a where a.sha256 = :sha", Article.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    public List<Article> list(int limit, int offset) {
        return em.createQuery("from Article a order by a.id", Article.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Ids of articles whose mentions another geoparser version produced. */
    public List<Long> listIdsGeoparsedOtherThan(String version) {
        return em.createQuery("select a.id from Article a where a.geoparsedWith is null or a.geoparsedWith <> :v"
                + " order by a.id", Long.class).setParameter("v", version).getResultList();
    }

    /**
     * Ids of articles whose events were not extracted from this geoparser version's reading (never
     * extracted, or from an older one).
     */
    public List<Long> listIdsExtractedOtherThan(String version) {
        return em.createQuery("select a.id from Article a where a.eventsExtractedWith is null"
                + " or a.eventsExtractedWith <> :v order by a.id", Long.class).setParameter("v", version)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    public void persist(Article article) {
        em.persist(article);
    }
}
