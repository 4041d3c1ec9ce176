package org.tansiq.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a bulk POST /api/articles: one result per item, in the body's order, and the
 * counts. An item is either ingested ({@code articleId}, {@code created}, {@code mentions},
 * {@code sha256}, as the single form answers) or refused ({@code status} and {@code problem}).
 */
record BulkIngestResult(List<ItemResult> results, long created, long existing, long failed) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemResult(int index, Long articleId, Boolean created, Integer mentions, String sha256, Integer status,
            Problem problem) {
    }

    static BulkIngestResult of(List<ItemResult> results) {
        long created = results.stream().filter(r -> Boolean.TRUE.equals(r.created())).count();
        long failed = results.stream().filter(r -> r.problem() != null).count();
        return new BulkIngestResult(results, created, results.size() - created - failed, failed);
    }
}
