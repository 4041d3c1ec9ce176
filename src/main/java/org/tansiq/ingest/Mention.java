package org.tansiq.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.tansiq.corpus.Article;
import org.tansiq.gazetteer.Place;

/** A place name in a stored article: where it stands and which place it was resolved to. */
@Entity
@Table(name = "mention")
public class Mention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    /** UTF-16 offset into article.body, inclusive. */
    @Column(name = "start_offset", nullable = false)
    public int start;

    /** UTF-16 offset into article.body, exclusive. */
    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(nullable = false)
    public String surface;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_id")
    public Place place;

    /** A name no gazetteer lists: {@code place} is the unit it lies in, not a place of its own. */
    @Column(nullable = false)
    public boolean approximate;

    @Column(nullable = false)
    public float confidence;
}
