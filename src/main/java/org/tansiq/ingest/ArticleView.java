package org.tansiq.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/** An article as the API shows it: the stored text and every mention with its offsets into it. */
public record ArticleView(long id, String title, String outlet, String url, LocalDate publishedAt, String language,
        String sha256, String text, List<MentionView> mentions) {

    /**
     * A mention; {@code start}/{@code end} are Java string offsets into {@code text}, end exclusive.
     * An {@code approximate} one names a place no gazetteer lists: {@code placeId} is null, the
     * point is its unit's ({@code unitId}, {@code unitName}).
     */
    public record MentionView(long id, int start, int end, String surface, Long placeId, String name, String nameEn,
            Double lat, Double lon, double confidence, boolean approximate,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long unitId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String unitName) {
    }

    /** An article in a list; {@code url} (null when unknown) lets a client link every source it shows. */
    public record Summary(long id, String title, String outlet, String url, LocalDate publishedAt, String language,
            long mentions) {
    }
}
