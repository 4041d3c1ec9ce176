package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/articles: token, ingestion through the geoparser, idempotency, bad input. */
@QuarkusTest
class ArticlesApiTest {

    static final String TOKEN = "test-token";

    @Test
    void writingNeedsTheBearerToken() {
        String body = article("عادت القوات الى كركوك " + UUID.randomUUID());
        given().contentType(ContentType.JSON).body(body).post("/api/articles").then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2("wrong").contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(401).body("status", equalTo(401));
    }

    @Test
    void anArticleIsStoredGeoparsedAndTraceable() {
        String text = "وصلت قوة من بغداد الى كركوك وطوزخورماتو. (" + UUID.randomUUID() + ")";
        int id = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(article(text))
                .post("/api/articles").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/articles/"))
                .body("created", equalTo(true)).body("mentions", greaterThanOrEqualTo(3))
                .extract().path("articleId");

        JsonPath stored = given().get("/api/articles/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(text, stored.getString("text"));
        List<Map<String, Object>> mentions = stored.getList("mentions");
        for (Map<String, Object> m : mentions) {
            int start = (Integer) m.get("start");
            int end = (Integer) m.get("end");
            assertEquals(m.get("surface"), text.substring(start, end), "offsets point into the stored text");
        }
        given().get("/api/articles/" + id).then()
                .body("mentions.nameEn", hasItem("Baghdad"))
                .body("mentions.nameEn", hasItem("Kirkuk"))
                .body("mentions.nameEn", hasItem("Tuz Khurmatu"));
        assertTrue(listed(id).isPresent(), "the list holds the new article");
    }

    @Test
    void theSameTextTwiceIsStoredOnce() {
        String body = article("اجتماع في خانقين " + UUID.randomUUID());
        int first = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(201).extract().path("articleId");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(200).body("created", equalTo(false)).body("articleId", equalTo(first));
    }

    @Test
    void theSameTextPostedConcurrentlyIsStoredOnceWithoutErrors() throws Exception {
        String body = article("وصول تعزيزات الى داقوق " + UUID.randomUUID());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> codes = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                codes.add(pool.submit(() -> given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body)
                        .post("/api/articles").statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : codes) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hostileHtmlIsStoredAsPlainText() {
        String text = "<script>alert(1)</script><img src=x onerror=alert(2)> كركوك " + UUID.randomUUID();
        int id = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(article(text))
                .post("/api/articles").then().statusCode(201).extract().path("articleId");
        given().get("/api/articles/" + id).then().statusCode(200).body("text", equalTo(text));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"title\": \"x\", \"text\": ")
                .post("/api/articles").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(400));
    }

    @Test
    void nonUtf8BodiesAreRefused() {
        byte[] latin1 = "{\"title\":\"t\",\"text\":\"caf\u00e9 \u00e0 Kirkuk\"}".getBytes(StandardCharsets.ISO_8859_1);
        given().auth().oauth2(TOKEN).contentType("application/json; charset=utf-8").body(latin1)
                .post("/api/articles").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void missingFieldsAreNamed() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"title\": \"no text\"}")
                .post("/api/articles").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0]", startsWith("text"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"text\": \"كركوك\", \"publishedAt\": \"yesterday\"}")
                .post("/api/articles").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void otherMediaTypesAreRefused() {
        given().auth().oauth2(TOKEN).contentType(ContentType.TEXT).body("كركوك").post("/api/articles")
                .then().statusCode(415).contentType(startsWith("application/problem+json"));
    }

    @Test
    void oversizedBodiesAre413ProblemJson() {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(big).post("/api/articles").then()
                .statusCode(413).contentType(startsWith("application/problem+json")).body("status", equalTo(413));
    }

    @Test
    void oversizedBodiesWithoutALengthAre413ProblemJson() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        // Chunked: no Content-Length, so the limit is only found while the body streams in.
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(new java.io.ByteArrayInputStream(big))
                .post("/api/articles").then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void textThatCannotBeStoredExactlyIsRefused() {
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"title\":\"t\",\"text\":\"كركوك \\u0000\"}")
                .post("/api/articles").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors", hasItem("text"));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"title\":\"x\\ud800\",\"text\":\"كركوك\"}")
                .post("/api/articles").then().statusCode(400).body("errors", hasItem("title"));
    }

    @Test
    void theListGivesEachArticlesUrlForLinkingSources() {
        String text = "عادت القوات الى كركوك " + UUID.randomUUID();
        String url = "https://example.org/news/" + UUID.randomUUID();
        String body = "{\"title\": \"اختبار\", \"url\": \"" + url + "\", \"text\": \"" + text + "\"}";
        int id = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(201).extract().path("articleId");
        Map<String, Object> mine = listed(id).orElseThrow();
        assertEquals(url, mine.get("url"));
        List<Map<String, Object>> page = given().get("/api/articles").then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertTrue(page.stream().allMatch(a -> a.containsKey("url")), "every summary has a url field, null or not");
    }

    @Test
    void badListParametersAre400() {
        given().get("/api/articles?limit=abc").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/articles?offset=-1").then().statusCode(400);
    }

    @Test
    void unknownArticlesAre404() {
        given().get("/api/articles/987654321").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    /**
     * The article's summary in GET /api/articles, paging through the list: a test database keeps
     * the articles of earlier runs (benchmarks add thousands), so a new one is rarely on page one.
     */
    static java.util.Optional<Map<String, Object>> listed(int id) {
        for (int offset = 0;; offset += Api.MAX_LIMIT) {
            List<Map<String, Object>> page = given().get("/api/articles?limit=" + Api.MAX_LIMIT + "&offset=" + offset)
                    .then().statusCode(200).extract().jsonPath().getList("$");
            var mine = page.stream().filter(a -> ((Number) a.get("id")).intValue() == id).findFirst();
            if (mine.isPresent() || page.size() < Api.MAX_LIMIT) {
                return mine;
            }
        }
    }

    private static String article(String text) {
        return "{\"title\": \"اختبار\", \"outlet\": \"test\", \"publishedAt\": \"2021-05-24\", \"language\": \"ar\","
                + " \"text\": \"" + text.replace("\"", "\\\"") + "\"}";
    }
}
