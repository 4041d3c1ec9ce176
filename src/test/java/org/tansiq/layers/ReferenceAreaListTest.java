package org.tansiq.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceAreaListTest {

    static final String HEADER = "layer,feature,level,pcode,unit,source\n";

    /** The shipped list: the shared data README's table, row for row. */
    @Test
    void theShippedListHasTheTiersAndTheRegion() throws IOException {
        Path file = Path.of("db/reference/reference-areas.csv");
        List<ReferenceAreaList.Unit> units = ReferenceAreaList.read(
                Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
        Map<String, Long> perFeature = units.stream()
                .collect(Collectors.groupingBy(u -> u.layer() + "/" + u.feature(), Collectors.counting()));
        assertEquals(Map.of("disputed-territories/core", 14L, "disputed-territories/extended", 2L,
                "kurdistan-region/de-jure", 3L), perFeature);
    }

    @Test
    void readsOneUnitPerRow() throws IOException {
        assertEquals(List.of(new ReferenceAreaList.Unit("disputed-territories", "core", "ADM3", "IQG10Q03N01")),
                ReferenceAreaList.read(new StringReader(HEADER
                        + "disputed-territories,core,ADM3,IQG10Q03N01,Mandali,the README\n"), "test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "disputed-territories,core,ADM4,IQG10Q03N01,x,y",
            "disputed-territories,core,adm2,IQG13Q01,x,y",
            "disputed-territories,core,ADM2,,x,y",
            "Disputed Territories,core,ADM2,IQG13Q01,x,y",
            "disputed-territories,core/1,ADM2,IQG13Q01,x,y",
            "disputed-territories,core,ADM2",
            "disputed-territories,core,ADM2,IQG13Q01,x,y\ndisputed-territories,core,ADM2,IQG13Q01,x,y"})
    void refusesBadRows(String rows) {
        assertThrows(IllegalArgumentException.class,
                () -> ReferenceAreaList.read(new StringReader(HEADER + rows + "\n"), "test"));
    }
}
