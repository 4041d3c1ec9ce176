package org.tansiq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/geoparse: public, stateless, strict about what it accepts. */
@QuarkusTest
class GeoparseApiTest {

    static final String URL = "/api/geoparse";
    static final String TEXT_PLAIN = "text/plain; charset=utf-8";

    @Test
    void returnsMentionsWithOffsetsIntoThePostedText() {
        String text = "افتُتح مركز التنسيق في قاعدة كي وان بكركوك، وسيتم فتح غرفتين في مخمور ضمن محافظة نينوى.";
        List<Map<String, Object>> mentions = given().contentType(TEXT_PLAIN).body(text.getBytes(StandardCharsets.UTF_8))
                .post(URL).then().statusCode(200)
                .body("mentions.nameEn", hasItem("K-1 Air Base"))
                .body("mentions.nameEn", hasItem("Kirkuk"))
                .body("mentions.nameEn", hasItem("Makhmour"))
                .body("mentions.find { it.nameEn == 'Ninewa' }.precision", equalTo(3))
                .body("mentions.find { it.nameEn == 'Kirkuk' }.precision", equalTo(1))
                .body("mentions.find { it.nameEn == 'Kirkuk' }.geonamesId", equalTo(94787))
                .extract().jsonPath().getList("mentions");
        for (Map<String, Object> m : mentions) {
            assertEquals(m.get("surface"), text.substring((Integer) m.get("start"), (Integer) m.get("end")));
        }
    }

    /** Countries are places: the world list, keyed by their Arabic names; «مالي» (financial) is not Mali. */
    @Test
    void countriesAreFoundByTheirArabicNames() {
        String text = "زار الرئيس لبنان وفرنسا والصين وإسرائيل، وبحث الدعم المالي مع اليابان.";
        List<Map<String, Object>> mentions = given().contentType(TEXT_PLAIN).body(text.getBytes(StandardCharsets.UTF_8))
                .post(URL).then().statusCode(200).extract().jsonPath().getList("mentions");
        assertEquals(List.of("Lebanon", "France", "China", "Israel", "Japan"),
                mentions.stream().map(m -> m.get("nameEn")).toList());
    }

    /** Latin names of Iraqi places and countries, capitalised, in English text; ordinary words are not places. */
    @Test
    void englishTextFindsCapitalisedLatinNames() {
        String text = "The Long road: Peshmerga forces in Makhmour and Kirkuk met Iraqi troops. Of the villages, none.";
        List<Map<String, Object>> mentions = given().contentType(TEXT_PLAIN).body(text.getBytes(StandardCharsets.UTF_8))
                .post(URL).then().statusCode(200)
                .body("mentions.surface", equalTo(List.of("Makhmour", "Kirkuk")))
                .body("mentions.find { it.surface == 'Kirkuk' }.geonamesId", equalTo(94787))
                .body("mentions.find { it.surface == 'Makhmour' }.geonamesId", equalTo(93818))
                .extract().jsonPath().getList("mentions");
        for (Map<String, Object> m : mentions) {
            assertEquals(m.get("surface"), text.substring((Integer) m.get("start"), (Integer) m.get("end")));
        }
        given().contentType(TEXT_PLAIN).body("قاعدة K1 في Kirkuk".getBytes(StandardCharsets.UTF_8)).post(URL).then()
                .statusCode(200).body("mentions.surface", equalTo(List.of("K1", "Kirkuk")));
    }

    /**
     * With events=true the answer also carries the extracted events, their offsets into the posted
     * text; a build without an extractor says so with 503. Nothing is stored either way.
     */
    @Test
    void eventsOnRequest() {
        String text = "افتُتح مركز التنسيق المشترك في قاعدة كي وان بكركوك يوم الأحد ٢٣ أيار ٢٠٢١.";
        boolean extractor = jakarta.enterprise.inject.spi.CDI.current()
                .select(org.tansiq.events.EventExtractor.class).isResolvable();
        var response = given().contentType(TEXT_PLAIN).body(text.getBytes(StandardCharsets.UTF_8))
                .post(URL + "?events=true").then();
        if (!extractor) {
            response.statusCode(503).contentType(startsWith("application/problem+json"));
            return;
        }
        List<Map<String, Object>> events = response.statusCode(200).extract().jsonPath().getList("events");
        for (Map<String, Object> e : events) {
            assertEquals(e.get("quote"), text.substring((Integer) e.get("start"), (Integer) e.get("end")));
        }
        given().contentType(TEXT_PLAIN).body(text.getBytes(StandardCharsets.UTF_8)).post(URL).then()
                .statusCode(200).body("events", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theEventsFlagIsTrueOrFalse() {
        given().contentType(TEXT_PLAIN).body("كركوك".getBytes(StandardCharsets.UTF_8)).post(URL + "?events=yes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void emptyOrNonUtf8BodiesAreBadRequests() {
        given().contentType(TEXT_PLAIN).body(new byte[0]).post(URL).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().contentType(TEXT_PLAIN).body(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}).post(URL).then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("The body is not valid UTF-8."));
    }

    @Test
    void overTheLimitIs413() {
        byte[] big = "كركوك ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        given().contentType(TEXT_PLAIN).body(big).post(URL).then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(413));
    }

    @Test
    void otherMediaTypesAre415() {
        given().contentType("application/json").body("{\"text\":\"كركوك\"}").post(URL).then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        given().contentType("text/plain; charset=iso-8859-1").body("Kirkuk".getBytes(StandardCharsets.ISO_8859_1))
                .post(URL).then().statusCode(415).contentType(startsWith("application/problem+json"));
    }
}
