package org.tansiq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "الإِسْكَنْدَرِيَّة, الاسكندريه",   // hamza under alef, harakat, teh marbuta
            "أربيل, اربيل",
            "آلتون كوبري, التون كوبري",
            "ديالى, ديالي",                      // alef maksura
            "كـــركوك, كركوك",                   // tatweel
            "کەرکووک, كهركووك",                  // Kurdish keheh, ae
            "پردێ, بردي",                        // Persian peh, Kurdish yeh
            "قره چوغ, قره جوغ",                  // tcheh
            "K-1, k-1",
            "٢٣ أيار, 23 ايار",                  // Arabic-Indic digits
            "مؤتمر, موتمر",
            "هيئة, هييه",
    })
    void checkNormalise(String input, String expected) {
        assertEquals(expected, ArabicNormalizer.normalize(input).text());
    }

    @Test
    void offsetsMapBackToTheOriginal() {
        String original = "في كـركوك الإِسْكَنْدَرِيَّة";
        NormalizedText nt = ArabicNormalizer.normalize(original);
        int start = nt.text().indexOf("كركوك");
        int end = start + "كركوك".length();
        assertEquals("كـركوك", original.substring(nt.originalStart(start), nt.originalEnd(end)));
        int s2 = nt.text().indexOf("الاسكندريه");
        assertEquals("الإِسْكَنْدَرِيَّة",
                original.substring(nt.originalStart(s2), nt.originalEnd(s2 + "الاسكندريه".length())));
    }

    @Test
    void invisibleMarksAreDropped() {
        assertEquals("كهركوك", ArabicNormalizer.normalize("كه\u200Cركوك\u200F").text());
    }
}
