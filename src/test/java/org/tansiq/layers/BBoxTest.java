package org.tansiq.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BBoxTest {

    @Test
    void parsesMinLonMinLatMaxLonMaxLat() {
        assertEquals(new BBox(42.0, 34.0, 46.5, 37.0), BBox.parse("42,34, 46.5 ,37"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,2,3", "1,2,3,4,5", "a,2,3,4", "46,34,42,37", "42,37,46,34", "-200,0,0,1",
            "0,-91,1,1", "NaN,1,2,3", "1,2,Infinity,3"})
    void refusesWhatIsNotABox(String value) {
        assertThrows(IllegalArgumentException.class, () -> BBox.parse(value));
    }
}
