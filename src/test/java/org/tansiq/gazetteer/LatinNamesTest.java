package org.tansiq.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LatinNamesTest {

    final LatinNames latin = LatinNames.standard();

    @Test
    void latinNamesBecomeFoldedKeysWithoutAccents() {
        assertEquals(Set.of("kirkuk", "tuz khurmatu", "tuzkhurmatu"),
                latin.keys(List.of("Kirkūk", "Kirkuk", "Tuz Khurmatu", "كركوك", "K1")));
    }

    @Test
    void ordinaryEnglishWordsAndShortCodesAreNoKeys() {
        assertEquals(Set.of(), latin.keys(List.of("The", "Of", "Long", "Male", "KIK", "ji er ku ke".substring(0, 2))));
    }

    @Test
    void onlyLettersWithoutDigitsNeedACapital() {
        assertTrue(LatinNames.needsCapital("kirkuk"));
        assertFalse(LatinNames.needsCapital("k1"));
        assertFalse(LatinNames.needsCapital("كركوك"));
    }
}
