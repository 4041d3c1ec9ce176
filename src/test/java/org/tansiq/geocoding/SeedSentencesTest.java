package org.tansiq.geocoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real sentences from the seed corpus against the full gazetteer: one test per thing a first
 * geoparser must get right. Expected places by English name and feature code.
 */
@QuarkusTest
class SeedSentencesTest {

    @Inject
    Geoparser geoparser;

    @Test
    void k1InArabicAndLatinScriptIsTheBase() {
        List<ResolvedMention> m = geoparser.parse("مقرّه في قاعدة كي وان (K1) العسكرية، وعقد اجتماعه في معسكر K1 بمدينة كركوك");
        assertEquals(List.of("كي وان", "K1", "K1", "كركوك"), m.stream().map(ResolvedMention::surface).toList());
        assertEquals("MILB", m.get(0).place().featureCode());
        assertEquals("MILB", m.get(2).place().featureCode());
        assertEquals("PPLA", m.get(3).place().featureCode());
    }

    @Test
    void governoratesAfterMuhafazat() {
        List<ResolvedMention> m = geoparser.parse("بالهجوم على المناطق المتنازع عليها في محافظات كركوك وديالى");
        assertEquals("ADM1", m.get(0).place().featureCode(), m.toString());
        assertEquals("Diyala", m.get(1).place().nameEn());
    }

    @Test
    void joinedAndMisspeltTuzKhurmatu() {
        for (String text : List.of("عودة البيشمركة الى كركوك وطوزخورماتو وخانقين", "في قضاء طوزخرماتو")) {
            assertTrue(geoparser.parse(text).stream().anyMatch(x -> "Tuz Khurmatu".equals(x.place().nameEn())), text);
        }
    }

    @Test
    void qaraChoghBothSpellingsAreTheMountains() {
        for (String text : List.of("حملة لتطهير جبال قرة جوخ في جنوب غرب اربيل", "التضاريس الوعرة في قرة خوج منطلقا")) {
            ResolvedMention m = geoparser.parse(text).get(0);
            assertEquals("MTS", m.place().featureCode(), text);
        }
    }

    @Test
    void outletAndPersonNamesAreNotPlaces() {
        List<ResolvedMention> m = geoparser.parse("وقال كمال كركوكي لكوردستان 24 إن كركوك ناو نشرت الخبر");
        assertTrue(m.isEmpty(), m.toString());
    }

    @Test
    void commonWordsThatAreForeignTownsAreIgnored() {
        List<ResolvedMention> m = geoparser.parse("وكان التحالف الدولي قد حث الجانبين، الا ان مفاجأة كبيرة حدثت");
        assertTrue(m.isEmpty(), m.toString());
    }

    @Test
    void bardiIsAltunKupri() {
        ResolvedMention m = geoparser.parse("بعد الهجوم الذي وقع في ناحية بردي").get(0);
        assertEquals("Altun Kupri", m.place().nameEn());
    }
}
