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

    /**
     * Fields PostgreSQL cannot store exactly: a NUL char, or half of a surrogate pair (which
     * would come back as «?», so the text would no longer be what was sent).
     */
    public java.util.List<String> unstorableFields() {
        java.util.List<String> bad = new java.util.ArrayList<>();
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", title);
        fields.put("outlet", outlet);
        fields.put("url", url);
        fields.put("language", language);
        fields.put("text", text);
        fields.forEach((name, value) -> {
            if (value != null && !storable(value)) {
                bad.add(name);
            }
        });
        return bad;
    }

    private static boolean storable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public String languageOrDefault() {
        return language == null || language.isBlank() ? "ar" : language;
    }
}
