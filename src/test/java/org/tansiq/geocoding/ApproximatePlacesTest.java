package org.tansiq.geocoding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names no gazetteer lists, announced by a trigger word (issue 10): still mentions, placed in the
 * smallest unit the text supports, approximate and less confident.
 */
@QuarkusTest
class ApproximatePlacesTest {

    @Inject
    Geoparser geoparser;

    private List<ResolvedMention> approximate(String text) {
        return geoparser.parse(text).stream().filter(ResolvedMention::approximate).toList();
    }

    @Test
    void aVillageNoGazetteerListsLiesInTheDistrictOfTheTownBesideIt() {
        List<ResolvedMention> m = approximate("هاجم مسلحون قرية خانصور قرب سنجار فجر اليوم");
        assertEquals(1, m.size(), m.toString());
        assertEquals("خانصور", m.get(0).surface());
        assertEquals("codab", m.get(0).place().source());
        assertEquals("ADM2", m.get(0).place().featureCode(), "Sinjar district, the town's");
        assertEquals(GeoPrecision.NEAR, m.get(0).precision());
        assertTrue(m.get(0).confidence() < 0.5);
    }

    @Test
    void aUnitNamedInTheSentenceIsTheUnit() {
        List<ResolvedMention> m = approximate("انتشرت القوات في مخيم سرمدان التابع لمحافظة كركوك");
        assertEquals(1, m.size(), m.toString());
        assertEquals("IQG13", m.get(0).place().sourceId());
        assertEquals(GeoPrecision.PROVINCE, m.get(0).precision());
    }

    @Test
    void wordsThatDescribeAPlaceAreNoName() {
        assertEquals(List.of(), approximate("في قرية صغيرة قرب كركوك وفي مخيم النازحين بالقرب من القرى الحدودية"));
    }

    @Test
    void aNameWithNoPlaceAroundIsLeftOut() {
        assertEquals(List.of(), approximate("هاجم مسلحون قرية خانصور فجر اليوم"));
    }

    @Test
    void theApiShowsNoPlaceButTheUnit() {
        given().contentType("text/plain; charset=utf-8").body("هاجم مسلحون قرية خانصور قرب سنجار").post("/api/geoparse")
                .then().statusCode(200)
                .body("mentions.find { it.surface == 'خانصور' }.approximate", equalTo(true))
                .body("mentions.find { it.surface == 'خانصور' }.placeId", nullValue())
                .body("mentions.find { it.surface == 'خانصور' }.unitId", notNullValue())
                .body("mentions.find { it.surface == 'خانصور' }.precision", equalTo(2))
                .body("mentions.approximate", hasItem(false));
    }
}
