package org.tansiq.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tansiq.ingest.NewArticle;

/**
 * Turns request JSON into articles to ingest, with the same rules for a single article and for
 * each item of a bulk body: bound by the application's ObjectMapper (so unknown fields and
 * coercible scalars are treated alike in both forms), then Bean Validation, then the
 * storability check. The single form throws (the exception mappers answer); a bulk item gets
 * its problem in its {@link Item} instead, so one bad item does not stop the others.
 */
@ApplicationScoped
class ArticleItems {

    /** One item of a bulk body: the article, or why it was refused. */
    record Item(int index, NewArticle article, Problem problem) {
    }

    private final ObjectMapper json;
    private final Validator validator;
    /** NDJSON lines hold one value each: a second one on the line is an error, not ignored. */
    private final ObjectReader line;

    ArticleItems(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
        this.line = json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The single form: the article, or an exception the mappers turn into the problem. */
    NewArticle single(JsonNode body) throws JsonProcessingException {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new ProblemException(Api.TYPE_BAD_REQUEST, "Invalid request", 400,
                    "The request did not pass validation: article: a JSON body is required",
                    List.of("article: a JSON body is required"));
        }
        if (!body.isObject()) {
            throw ProblemException.badRequest(
                    "The body must be a JSON object (one article) or a JSON array of articles.");
        }
        NewArticle article = json.treeToValue(body, NewArticle.class);
        Set<ConstraintViolation<NewArticle>> violations = validator.validate(article);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<String> unstorable = article.unstorableFields();
        if (!unstorable.isEmpty()) {
            throw new ProblemException(Api.TYPE_BAD_REQUEST, "Invalid request", 400, unstorableDetail(unstorable),
                    unstorable);
        }
        return article;
    }

    /** The items of a JSON array body. */
    List<Item> fromArray(JsonNode array) {
        checkCount(array.size());
        List<Item> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(item(i, array.get(i)));
        }
        return items;
    }

    /**
     * The items of an NDJSON body, one a non-blank line (blank lines are skipped and not
     * counted, so item i is the i-th article sent). A line that is not JSON is that item's
     * problem; a body in which no line is JSON is refused whole.
     */
    List<Item> fromLines(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not UTF-8.");
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        checkCount(lines.size());
        List<Item> items = new ArrayList<>(lines.size());
        boolean anyJson = false;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node;
            try {
                node = line.readValue(lines.get(i));
            } catch (JsonProcessingException e) {
                items.add(new Item(i, null, new Problem(Api.TYPE_BAD_REQUEST, "Malformed JSON", 400,
                        "Item " + i + " is not one valid JSON value on its line"
                                + (e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")")
                                + ".", null, null)));
                continue;
            }
            anyJson = true;
            items.add(item(i, node));
        }
        if (!anyJson) {
            throw ProblemException.badRequest("The body is not NDJSON: no line holds a JSON value.");
        }
        return items;
    }

    private Item item(int index, JsonNode node) {
        if (!node.isObject()) {
            return new Item(index, null, new Problem(Api.TYPE_BAD_REQUEST, "Bad request", 400,
                    "Item " + index + " is not a JSON object.", null, null));
        }
        NewArticle article;
        try {
            article = json.treeToValue(node, NewArticle.class);
        } catch (MismatchedInputException e) {
            return new Item(index, null, ProblemMappers.mismatchedProblem(e, null));
        } catch (JsonProcessingException e) {
            return new Item(index, null, ProblemMappers.unreadableProblem(e, null));
        }
        Set<ConstraintViolation<NewArticle>> violations = validator.validate(article);
        if (!violations.isEmpty()) {
            return new Item(index, null, ProblemMappers.invalidProblem(violations, null));
        }
        List<String> unstorable = article.unstorableFields();
        if (!unstorable.isEmpty()) {
            return new Item(index, null, new Problem(Api.TYPE_BAD_REQUEST, "Invalid request", 400,
                    unstorableDetail(unstorable), null, unstorable));
        }
        return new Item(index, article, null);
    }

    private static void checkCount(int n) {
        if (n == 0) {
            throw ProblemException.badRequest("The body holds no article.");
        }
        if (n > Api.MAX_BULK_ITEMS) {
            throw new ProblemException(Api.TYPE_TOO_LARGE, "Payload too large", 413, "The body holds " + n
                    + " articles; at most " + Api.MAX_BULK_ITEMS + " are taken in one request.", null);
        }
    }

    private static String unstorableDetail(List<String> fields) {
        return "These fields hold a NUL character or a broken surrogate pair, which cannot be stored exactly: "
                + String.join(", ", fields) + ".";
    }
}
