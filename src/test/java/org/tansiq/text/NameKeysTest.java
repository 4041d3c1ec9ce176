package org.tansiq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void joinedAndSplitSpellingsShareAKey() {
        assertTrue(NameKeys.keys("طوز خورماتو").contains("طوزخورماتو"));
        assertTrue(NameKeys.keys("طوز خورماتو").contains("طوز خورماتو"));
    }

    @Test
    void codesKeepTheirDigits() {
        assertEquals("k 1", NameKeys.key("K-1"));
        assertEquals("k1", NameKeys.key("K1"));
        assertEquals("كي 1", NameKeys.key("كي-1"));
    }

    @Test
    void arabicScriptDetection() {
        assertTrue(NameKeys.isArabicScript("كركوك"));
        assertTrue(NameKeys.isArabicScript("کەرکووک"));
        assertFalse(NameKeys.isArabicScript("Kirkuk"));
    }
}
