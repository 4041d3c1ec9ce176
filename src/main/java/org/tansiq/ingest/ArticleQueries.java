package org.tansiq.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.tansiq.corpus.Article;
import org.tansiq.corpus.ArticleRepository;

/** Read side of the corpus: articles with their mentions, for the API. */
@ApplicationScoped
public class ArticleQueries {

    private final ArticleRepository articles;
    private final EntityManager em;

    ArticleQueries(ArticleRepository articles, EntityManager em) {
        this.articles = articles;
        this.em = em;
    }

    @Transactional
    public Optional<ArticleView> find(long id) {
        return articles.findById(id).map(this::view);
    }

    @Transactional
    public List<ArticleView.Summary> list(int limit, int offset) {
        return em.createQuery("""
                select new org.tansiq.ingest.ArticleView$Summary(a.id, a.title, a.outlet, a.url, a.publishedAt, a.language,
                       (select count(m) from Mention m where m.article = a))
                from Article a order by a.id""", ArticleView.Summary.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private ArticleView view(Article a) {
        List<Mention> mentions = em.createQuery(
                "from Mention m left join fetch m.place where m.article.id = :id order by m.start", Mention.class)
                .setParameter("id", a.id).getResultList();
        List<ArticleView.MentionView> views = mentions.stream().map(ArticleQueries::view).toList();
        return new ArticleView(a.id, a.title, a.outlet, a.url, a.publishedAt, a.language, a.sha256, a.body, views);
    }

    private static ArticleView.MentionView view(Mention m) {
        if (m.place == null) {
            return new ArticleView.MentionView(m.id, m.start, m.end, m.surface, null, null, null, null, null,
                    m.confidence, false, null, null);
        }
        String name = m.place.nameAr != null ? m.place.nameAr : m.place.name;
        if (m.approximate) {
            return new ArticleView.MentionView(m.id, m.start, m.end, m.surface, null, m.surface, null,
                    m.place.geom.getY(), m.place.geom.getX(), m.confidence, true, m.place.id, name);
        }
        return new ArticleView.MentionView(m.id, m.start, m.end, m.surface, m.place.id, name, m.place.nameEn,
                m.place.geom.getY(), m.place.geom.getX(), m.confidence, false, null, null);
    }
}
