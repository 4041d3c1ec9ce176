package org.tansiq.geocoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyNamesTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "خمور,    مخمور,   true",   // a letter dropped
            "مخموور,  مخمور,   true",   // a letter doubled
            "سنجار,   سنجاز,   true",   // one substituted
            "سنجار,   سنجار,   false",  // the same word is no misspelling
            "سجنار,   سنجار,   false",  // a swap is two edits
            "كركوك,   كوك,     false",
    })
    void oneEditApart(String a, String b, boolean expected) {
        assertEquals(expected, FuzzyNames.oneEditApart(a, b));
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({"كركوكي, كركوك, true", "كركوكيه, كركوك, true", "كركوكو, كركوك, false", "مخموور, مخمور, false"})
    void derivedForms(String word, String name, boolean expected) {
        assertEquals(expected, FuzzyNames.isDerivedForm(word, name));
    }
}
