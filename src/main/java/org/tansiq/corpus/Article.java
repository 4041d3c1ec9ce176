package org.tansiq.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A news article as received: its text is stored exactly, since every mention points into it. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    public String outlet;

    public String url;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String body;

    /** Hex SHA-256 of the UTF-8 body. */
    @Column(nullable = false, unique = true, columnDefinition = "char(64)")
    public String sha256;

    /** {@code Geoparser.version()} of the geoparser that produced the stored mentions. */
    @Column(name = "geoparsed_with", columnDefinition = "char(64)")
    public String geoparsedWith;

    /** The reading the stored events come from (see ingest.EventStore); null when none has been extracted. */
    @Column(name = "events_extracted_with", columnDefinition = "char(64)")
    public String eventsExtractedWith;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
