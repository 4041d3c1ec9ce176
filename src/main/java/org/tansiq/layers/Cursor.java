package org.tansiq.layers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where a page starts: the key of the last row of the page before ({@link Keyset#key}), as the
 * opaque token of the {@code next} link. Paging by key costs the same at any depth and neither
 * skips nor repeats rows when others are inserted meanwhile.
 */
public record Cursor(List<String> values) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** No key of ours is longer; a longer token is not one we gave. */
    private static final int MAX_TOKEN = 512;

    public Cursor {
        values = List.copyOf(values);
    }

    /** The token for a row's key, given as the JSON array PostgreSQL wrote. */
    static String token(String keyJson) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keyJson.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token; throws IllegalArgumentException when it is not one a page gave. */
    public static Cursor parse(String token) {
        if (token.length() > MAX_TOKEN) {
            throw new IllegalArgumentException("cursor is too long to be one this API gave");
        }
        try {
            JsonNode array = JSON.readTree(Base64.getUrlDecoder().decode(token));
            if (array == null || !array.isArray() || array.isEmpty()) {
                throw new IllegalArgumentException("cursor is not one this API gave");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode v : array) {
                if (!v.isValueNode() || v.isNull()) {
                    throw new IllegalArgumentException("cursor is not one this API gave");
                }
                values.add(v.asText());
            }
            return new Cursor(values);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this API gave (use the next link as it is)");
        }
    }
}
