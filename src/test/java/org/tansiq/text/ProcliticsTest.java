package org.tansiq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcliticsTest {

    @ParameterizedTest(name = "{0} may read {1}")
    @CsvSource({
            "وكركوك, كركوك",
            "بكركوك, كركوك",
            "والموصل, الموصل",
            "بالموصل, الموصل",
            "للموصل, الموصل",
            "وللموصل, الموصل",
            "الكوير, كوير",
            "وبالكوير, كوير",
    })
    void readings(String token, String reading) {
        assertTrue(Proclitics.readings(ArabicNormalizer.fold(token)).stream()
                        .anyMatch(r -> r.text().equals(ArabicNormalizer.fold(reading))),
                () -> Proclitics.readings(token).toString());
    }

    @ParameterizedTest
    @CsvSource({"بغداد", "بردي", "كركوك"})
    void theWordAsWrittenComesFirst(String token) {
        assertEquals(new Proclitics.Reading(token, 0), Proclitics.readings(token).get(0));
    }
}

class ProcliticsPrefixTest {

    @org.junit.jupiter.api.Test
    void theArticleStaysInsideTheMentionButCliticsDoNot() {
        var readings = Proclitics.readings("بالكوير");
        assertTrue(readings.contains(new Proclitics.Reading("الكوير", 1)), readings::toString);
        assertTrue(readings.contains(new Proclitics.Reading("كوير", 1)), readings::toString);
        assertTrue(Proclitics.readings("للموصل").contains(new Proclitics.Reading("الموصل", 1)));
    }
}
