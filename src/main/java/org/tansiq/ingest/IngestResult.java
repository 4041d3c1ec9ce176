package org.tansiq.ingest;

/** What ingesting one article did: {@code created} is false when the same text was already stored. */
public record IngestResult(long articleId, boolean created, int mentions, String sha256) {
}
