package org.tansiq.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tansiq.text.ArabicNormalizer;

class TriggerTest {

    @ParameterizedTest(name = "«{0}» -> {1}")
    @CsvSource({
            "ناحية,    SUBDISTRICT",
            "ناحيتي,   SUBDISTRICT",
            "لناحية,   SUBDISTRICT",
            "نواحي,    SUBDISTRICT",
            "قضاء,     DISTRICT",
            "قضائي,    DISTRICT",
            "أقضية,    DISTRICT",
            "محافظتي,  GOVERNORATE",
            "بمحافظة,  GOVERNORATE",
            "مدينتي,   SETTLEMENT",
            "قريتي,    SETTLEMENT",
            "جبال,     MOUNTAIN",
    })
    void triggerWordsInEveryForm(String word, Trigger trigger) {
        assertEquals(trigger, Trigger.of(ArabicNormalizer.fold(word)));
    }

    /** With the article the word refers back to a unit already named: it types no name. */
    @ParameterizedTest
    @CsvSource({"القضاء", "بالقضاء", "للناحية", "المحافظة", "والمدينة", "قضية"})
    void articleFormsAndOtherWordsAreNone(String word) {
        assertNull(Trigger.of(ArabicNormalizer.fold(word)));
    }
}
