package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tansiq.text.Sha256;

/** Bulk POST /api/articles: a JSON array or NDJSON, a result per item, idempotent across and within bodies. */
@QuarkusTest
class ArticlesBulkApiTest {

    static final String TOKEN = ArticlesApiTest.TOKEN;
    static final String NDJSON = "application/x-ndjson";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anArrayIsStoredArticleByArticle() throws SQLException {
        List<String> texts = texts(3, "وصلت قوة من بغداد الى كركوك");
        JsonPath answer = postArray(array(texts)).then().statusCode(200).contentType(startsWith("application/json"))
                .body("created", equalTo(3)).body("existing", equalTo(0)).body("failed", equalTo(0))
                .extract().jsonPath();
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(i, answer.getInt("results[" + i + "].index"));
            assertEquals(Sha256.hex(texts.get(i)), answer.getString("results[" + i + "].sha256"));
            int id = answer.getInt("results[" + i + "].articleId");
            int mentions = answer.getInt("results[" + i + "].mentions");
            given().get("/api/articles/" + id).then().statusCode(200).body("text", equalTo(texts.get(i)))
                    .body("mentions.size()", equalTo(mentions)).body("mentions.nameEn", hasItem("Kirkuk"));
            assertEquals(1, stored(texts.get(i)));
        }
        // The same body again adds nothing and names the same articles.
        postArray(array(texts)).then().statusCode(200).body("created", equalTo(0)).body("existing", equalTo(3))
                .body("results.articleId", equalTo(answer.getList("results.articleId")))
                .body("results.created", equalTo(List.of(false, false, false)));
    }

    @Test
    void ndjsonIsStoredLineByLine() throws SQLException {
        List<String> texts = texts(2, "اجتماع في خانقين");
        String body = object(texts.get(0)) + "\n\n" + object(texts.get(1)) + "\r\n";
        JsonPath answer = postLines(body).then()
                .statusCode(200).body("created", equalTo(2)).body("failed", equalTo(0))
                .body("results.index", equalTo(List.of(0, 1))).extract().jsonPath();
        given().get("/api/articles/" + answer.getInt("results[1].articleId")).then().statusCode(200)
                .body("text", equalTo(texts.get(1))).body("mentions.nameEn", hasItem("Khanaqin"));
        assertEquals(1, stored(texts.get(0)));
    }

    @Test
    void badItemsAreReportedAndTheGoodOnesStored() throws SQLException {
        List<String> good = texts(2, "انتشرت قوات في مخمور");
        String missingText = "{\"title\": \"no text " + UUID.randomUUID() + "\"}";
        String wrongType = "{\"title\": {}, \"text\": \"" + good.get(0) + " wrong type\"}";
        String nul = "{\"title\": \"t\", \"text\": \"كركوك \\u0000 " + UUID.randomUUID() + "\"}";
        String body = "[" + object(good.get(0)) + "," + missingText + ", 5, " + wrongType + "," + nul + ","
                + object(good.get(1)) + "]";
        JsonPath answer = postArray(body).then().statusCode(200).body("created", equalTo(2))
                .body("existing", equalTo(0)).body("failed", equalTo(4)).extract().jsonPath();
        assertEquals(List.of(0, 1, 2, 3, 4, 5), answer.getList("results.index"));
        assertEquals(400, answer.getInt("results[1].status"));
        assertEquals("/problems/bad-request", answer.getString("results[1].problem.type"));
        assertEquals(List.of("text: must not be blank"), answer.getList("results[1].problem.errors"));
        assertEquals(400, answer.getInt("results[2].problem.status"));
        assertEquals(List.of("title"), answer.getList("results[3].problem.errors"));
        assertEquals(List.of("text"), answer.getList("results[4].problem.errors"));
        assertNotNull(answer.get("results[5].articleId"));
        assertEquals(1, stored(good.get(0)));
        assertEquals(1, stored(good.get(1)));
        assertEquals(0, stored(good.get(0) + " wrong type"));

        // NDJSON: a line that is not JSON is its item's problem, not the body's.
        List<String> more = texts(1, "عادت القوات الى كركوك");
        postLines("{\"title\": \"broken\n" + object(more.get(0))).then().statusCode(200).body("failed", equalTo(1))
                .body("created", equalTo(1)).body("results[0].problem.title", equalTo("Malformed JSON"))
                .body("results[1].created", equalTo(true));
        assertEquals(1, stored(more.get(0)));
    }

    @Test
    void unknownFieldsAreTreatedAsInTheSingleForm() {
        // The single form ignores fields it does not know and takes a number for a string; so does each item.
        String text = texts(1, "كركوك").get(0);
        postArray("[{\"title\": 5, \"text\": \"" + text + "\", \"extra\": true}]").then().statusCode(200)
                .body("created", equalTo(1));
    }

    @Test
    void theSameTextTwiceInOneBodyIsStoredOnce() throws SQLException {
        List<String> texts = texts(2, "وصول تعزيزات الى داقوق");
        JsonPath answer = postArray(array(List.of(texts.get(0), texts.get(0), texts.get(1)))).then().statusCode(200)
                .body("created", equalTo(2)).body("existing", equalTo(1)).extract().jsonPath();
        assertEquals(answer.getInt("results[0].articleId"), answer.getInt("results[1].articleId"));
        assertEquals(List.of(true, false, true), answer.getList("results.created"));
        assertEquals(1, stored(texts.get(0)));
    }

    @Test
    void theSameBodyPostedConcurrentlyIsStoredOnce() throws Exception {
        List<String> texts = texts(5, "قاعدة K1 في كركوك");
        String body = array(texts);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> postArray(body).then().statusCode(200).extract().jsonPath()));
            }
            int created = 0;
            List<Object> ids = null;
            for (Future<JsonPath> f : answers) {
                JsonPath answer = f.get();
                created += answer.getInt("created");
                assertEquals(0, answer.getInt("failed"));
                if (ids == null) {
                    ids = answer.getList("results.articleId");
                }
                assertEquals(ids, answer.getList("results.articleId"), "every answer names the same articles");
            }
            assertEquals(5, created, "each text created once in all");
        } finally {
            pool.shutdownNow();
        }
        for (String t : texts) {
            assertEquals(1, stored(t));
        }
    }

    @Test
    void bodiesThatAreNoListOfArticlesAreRefused() {
        postArray("[{\"title\": \"x\", ").then().statusCode(400).contentType(startsWith("application/problem+json"));
        postArray("[]").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("The body holds no article."));
        postArray("\"just a string\"").then().statusCode(400).contentType(startsWith("application/problem+json"));
        postLines("not json\nnor this").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        postLines("\n\n").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void tooManyItemsAre413() {
        String items = IntStream.range(0, Api.MAX_BULK_ITEMS + 1).mapToObj(i -> "{\"title\":\"t\",\"text\":\"x\"}")
                .collect(Collectors.joining(","));
        postArray("[" + items + "]").then().statusCode(413).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413)).body("detail", startsWith("The body holds 1001 articles"));
        postLines(items.replace("},{", "}\n{"))
                .then().statusCode(413);
    }

    @Test
    void bulkWritingNeedsTheBearerToken() {
        String body = array(texts(1, "كركوك"));
        given().contentType(ContentType.JSON).body(body).post("/api/articles").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().contentType(NDJSON).body(utf8(body.substring(1, body.length() - 1))).post("/api/articles").then()
                .statusCode(401);
        given().auth().oauth2("wrong").contentType(NDJSON).body(utf8(body.substring(1, body.length() - 1)))
                .post("/api/articles").then().statusCode(401).body("status", equalTo(401));
    }

    // ---------------------------------------------------------------------------------------------

    private static io.restassured.response.Response postArray(String body) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/articles");
    }

    private static io.restassured.response.Response postLines(String body) {
        return given().auth().oauth2(TOKEN).contentType(NDJSON).body(utf8(body)).post("/api/articles");
    }

    /** RestAssured has no encoder for NDJSON: it gets the bytes. */
    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Distinct texts (nothing is deduplicated against earlier runs). */
    private static List<String> texts(int n, String sentence) {
        String run = UUID.randomUUID().toString();
        return IntStream.range(0, n).mapToObj(i -> sentence + " (" + run + " " + i + ")").toList();
    }

    private static String array(List<String> texts) {
        return texts.stream().map(ArticlesBulkApiTest::object).collect(Collectors.joining(",", "[", "]"));
    }

    private static String object(String text) {
        return "{\"title\": \"اختبار\", \"outlet\": \"test\", \"publishedAt\": \"2021-05-24\", \"text\": \""
                + text.replace("\"", "\\\"") + "\"}";
    }

    /** Articles stored with this text. */
    private int stored(String text) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article WHERE sha256 = ?")) {
            ps.setString(1, Sha256.hex(text));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
