package org.tansiq.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An article to ingest, as POST /api/articles receives it and as the seed corpus describes it. */
public record NewArticle(
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 500) String outlet,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        LocalDate publishedAt,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as ar") String language,
        @NotBlank @Size(max = NewArticle.MAX_TEXT_CHARS) String text) {

    /** About 1 MB of Arabic text (2 bytes a letter in UTF-8). */
    public static final int MAX_TEXT_CHARS = 500_000;

    public String languageOrDefault() {
        return language == null || language.isBlank() ? "ar" : language;
    }
}
