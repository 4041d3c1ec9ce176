package org.tansiq.geocoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The world's places against the full gazetteer (issue 10): countries, continents and regions
 * (CLDR and world-regions.csv), first-level divisions abroad (ISO 3166-2), seas, rivers, lakes
 * and dams (world-features.csv). Expected places by source and English name.
 */
@QuarkusTest
class WorldPlacesTest {

    @Inject
    Geoparser geoparser;

    private List<String> places(String text) {
        return geoparser.parse(text).stream().map(m -> m.surface() + "=" + m.place().nameEn()).toList();
    }

    @Test
    void countriesTheIssueNamed() {
        assertEquals(List.of("لبنان=Lebanon", "فرنسا=France", "الصين=China", "إسرائيل=Israel"),
                places("زار الرئيس لبنان وفرنسا والصين وإسرائيل"));
        assertEquals(List.of("المملكة المتحدة=United Kingdom", "اليابان=Japan", "روسيا=Russia"),
                places("وفد من المملكة المتحدة واليابان وروسيا"));
    }

    @Test
    void continentsAndRegionsAreAreasOfTheirMembers() {
        List<ResolvedMention> m = geoparser.parse("جولة في أوروبا والشرق الأوسط وشمال أفريقيا ودول الخليج");
        assertEquals(List.of("أوروبا", "الشرق الأوسط", "شمال أفريقيا", "الخليج"),
                m.stream().map(ResolvedMention::surface).toList());
        assertEquals(List.of("CONT", "RGN", "RGN", "RGN"), m.stream().map(x -> x.place().featureCode()).toList());
        assertEquals("region", m.get(1).place().source());
        assertEquals(GeoPrecision.PROVINCE, GeoPrecision.of(m.get(1).place()));
    }

    @Test
    void palestinianAreasAndTheGolan() {
        assertEquals(List.of("قطاع غزة=Gaza Strip", "الضفة الغربية=West Bank", "الجولان=Golan Heights"),
                places("تصعيد في قطاع غزة والضفة الغربية والجولان"));
    }

    @Test
    void seasRiversAndDams() {
        assertEquals(List.of("البحر الأسود=Black Sea", "القرم=Crimea"),
                places("سفن روسية في البحر الأسود قبالة شبه جزيرة القرم"));
        assertEquals(List.of("دجلة=Tigris", "الفرات=Euphrates", "سد الموصل=Mosul Dam"),
                places("انخفاض منسوب نهري دجلة والفرات وخزين سد الموصل"));
    }

    @Test
    void theRiverAfterNahrTheGovernorateWithout() {
        List<ResolvedMention> river = geoparser.parse("فيضان نهر ديالى");
        assertEquals("Diyala River", river.get(0).place().nameEn(), river.toString());
        List<ResolvedMention> governorate = geoparser.parse("في محافظة ديالى");
        assertEquals("ADM1", governorate.get(0).place().featureCode(), governorate.toString());
        assertEquals("codab", governorate.get(0).place().source());
    }

    @Test
    void aRiverTheGazetteerLacksIsNotThePlaceNamedAfterIt() {
        assertEquals(List.of(), places("على ضفاف نهر الزاب"), "Al-Zab sub-district is no candidate after «نهر»");
    }

    @Test
    void aProvinceAbroadAfterItsTypeWord() {
        List<ResolvedMention> m = geoparser.parse("اشتباكات في محافظة الحسكة وولاية هلمند ومقاطعة خيرسون");
        assertEquals(List.of("الحسكة", "هلمند", "خيرسون"), m.stream().map(ResolvedMention::surface).toList());
        for (ResolvedMention x : m) {
            assertEquals("subdivision", x.place().source(), x.toString());
            assertEquals("ADM1", x.place().featureCode());
        }
        assertEquals("SY-HA", m.get(0).place().sourceId());
    }

    @Test
    void aShortForeignDivisionNameIsAWordUnlessATypeWordAnnouncesIt() {
        assertEquals(List.of(), places("على قوة الشأن وفي شأن الامن"), "«شأن» matter is not Myanmar's Shan State");
        assertEquals(List.of("شان=Shan"), places("اشتباكات في ولاية شان"));
    }

    @Test
    void aForeignCityIsNotFoundByDroppingTheTextsArticleNorAfterATypeWordWithAClitic() {
        assertEquals(List.of(), places("تغير المشهد السياسي في المنطقة"), "«المشهد» the scene, not Mashhad («مشهد»)");
        assertEquals(List.of("مشهد=Mashhad"), places("وصل الوفد إلى مشهد"));
        assertEquals(List.of(), places("أول مدينة كبيرة تسقط"), "«كبيرة» big, not «ك» + Piraeus");
    }

    @Test
    void saudiArabiaIsTheCountryWhereItIsNoAdjective() {
        assertEquals(List.of("السعودية=Saudi Arabia", "السعودية=Saudi Arabia"),
                places("أعلنت السعودية أنها سترسل وفدا، وفي السعودية"), "after a verb and a preposition");
        assertEquals(List.of(), places("قالت الحكومة السعودية إن القوات السعودية"), "the adjective after a definite noun");
    }

    @Test
    void genericWordsAreNoDivisionAndKurdistanStaysTheRegion() {
        List<ResolvedMention> m = geoparser.parse("في المنطقة الوسطى والشمال وفي العاصمة أربيل عاصمة إقليم كوردستان");
        assertTrue(m.stream().noneMatch(x -> "subdivision".equals(x.place().source())), m.toString());
        List<ResolvedMention> k = geoparser.parse("وزير البيشمركة في حكومة كردستان");
        assertEquals("curated", k.get(0).place().source(), k.toString());
    }
}
