package org.tansiq.geocoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tansiq.gazetteer.LatinNames;
import org.tansiq.gazetteer.NameIndex;
import org.tansiq.gazetteer.NotPlacePhrases;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.StopKeys;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.text.NameKeys;

/** Recognition against a small in-memory gazetteer: spans, offsets, proclitics, guards. */
class GazetteerMatcherTest {

    static final PlaceCandidate KIRKUK = place(1, "كركوك", "P", "PPLA", 1_031_000);
    static final PlaceCandidate KIRKUK_GOV = place(2, "كركوك", "A", "ADM1", 0);
    static final PlaceCandidate MOSUL = place(3, "الموصل", "P", "PPLA", 1_683_000);
    static final PlaceCandidate TUZ = place(4, "طوز خورماتو", "P", "PPLA2", 59_886);
    static final PlaceCandidate K1 = place(5, "كي وان", "S", "MILB", 0);
    static final PlaceCandidate QARA_CHOGH = place(6, "قرة جوخ", "T", "MTS", 0);
    static final PlaceCandidate BAGHDAD = place(7, "بغداد", "P", "PPLC", 7_216_000);
    static final PlaceCandidate KURDISTAN = place(8, "كوردستان", "L", "RGN", 0);
    static final PlaceCandidate KALAR = place(9, "كلار", "P", "PPLA2", 0);
    static final PlaceCandidate LAR = place(10, "لار", "P", "PPL", 0);
    static final PlaceCandidate TEL_ASWAD = place(11, "تل اسود كبير", "P", "PPL", 0);
    static final PlaceCandidate MAKHMOUR = place(12, "مخمور", "P", "PPLA2", 0);
    static final PlaceCandidate ZUMMAR = place(13, "زمار", "P", "PPLA3", 0);
    static final PlaceCandidate MULTAKA = place(14, "الملتقى", "A", "ADM3", 0);
    static final PlaceCandidate MULTAKA_VILLAGE = place(15, "الملتقى", "P", "PPL", 0);
    static final PlaceCandidate ALTUN_KUPRI = place(16, "آلتون كوبري", "A", "ADM3", 0);
    static final PlaceCandidate BARDI = place(17, "بردي", "A", "ADM3", 0);

    final GazetteerMatcher matcher = new GazetteerMatcher(index(), NotPlacePhrases.of(List.of("كوردستان 24")),
            StopKeys.standard());

    @ParameterizedTest(name = "{0}: «{1}»")
    @CsvSource({
            "عادوا الى كركوك امس,        كركوك",
            "وصلوا وكركوك هادئة,          كركوك",
            "معارك بالموصل,               الموصل",
            "طريق للموصل,                 لموصل",
            "قضاء طوزخورماتو,             طوزخورماتو",
            "قضاء طوز خورماتو,            طوز خورماتو",
            "في قاعدة كي وان العسكرية,   كي وان",
            "في معسكر K1 بمدينة كركوك,   K1",
            "وصول القوات الى «كي-1»,      كي-1",
            "في جبال قرة جوخ,             قرة جوخ",
            "من بغداد,                    بغداد",
    })
    void findsTheNameAndPointsIntoTheOriginalText(String text, String surface) {
        List<ToponymSpan> spans = matcher.find(text);
        assertTrue(spans.stream().anyMatch(s -> s.surface().equals(surface)), () -> spans.toString());
        ToponymSpan span = spans.stream().filter(s -> s.surface().equals(surface)).findFirst().orElseThrow();
        assertEquals(surface, text.substring(span.start(), span.end()));
    }

    @Test
    void aNameBeginningWithProcliticLettersStaysWhole() {
        ToponymSpan span = matcher.find("وصل الى بغداد").get(0);
        assertEquals("بغداد", span.surface());
    }

    @Test
    void theTriggerWordBeforeANameIsKept() {
        ToponymSpan span = matcher.find("في محافظة كركوك").get(0);
        assertEquals(Trigger.GOVERNORATE, span.trigger());
        assertEquals(2, span.candidates().size());
        assertNull(matcher.find("في كركوك").get(0).trigger());
    }

    @Test
    void aTriggerCoversTheNamesListedAfterIt() {
        List<ToponymSpan> spans = matcher.find("في محافظات بغداد، كركوك و الموصل وكركوك. ثم بغداد");
        assertEquals(List.of(Trigger.GOVERNORATE, Trigger.GOVERNORATE, Trigger.GOVERNORATE, Trigger.GOVERNORATE),
                spans.subList(0, 4).stream().map(ToponymSpan::trigger).toList());
        assertNull(spans.get(4).trigger(), "a full stop ends the list");
    }

    @Test
    void nisbaAndPersonNamesAreNotPlaces() {
        assertTrue(matcher.find("وقال كمال كركوكي ان").isEmpty());
    }

    @Test
    void outletNamesAreNotMentions() {
        String text = "وقال لكوردستان 24 إن كوردستان آمنة";
        List<ToponymSpan> spans = matcher.find(text);
        assertEquals(1, spans.size());
        assertEquals(text.lastIndexOf("كوردستان"), spans.get(0).start());
    }

    @Test
    void namesDoNotRunAcrossPunctuation() {
        List<ToponymSpan> spans = matcher.find("كي، وان");
        assertTrue(spans.isEmpty(), spans::toString);
        assertTrue(matcher.find("قرة. جوخ").isEmpty());
    }

    @Test
    void everyGapOfAThreeWordNameIsChecked() {
        assertEquals(1, matcher.find("تل اسود كبير").size());
        assertTrue(matcher.find("تل، اسود كبير").isEmpty());
    }

    @Test
    void aOneLetterProcliticIsTriedBeforeTwo() {
        // «وكلار» is «و» + «كلار»; «وك» + «لار» would find the wrong name first.
        List<ToponymSpan> spans = matcher.find("في خانقين وكلار");
        assertEquals("كلار", spans.get(spans.size() - 1).surface());
    }

    @Test
    void aMisspeltNameInAListOfPlacesIsFound() {
        List<ToponymSpan> spans = matcher.find("في المناطق المتنازع عليها مثل كركوك وخمور وزمار وسنجار");
        ToponymSpan misspelt = spans.stream().filter(s -> s.surface().equals("خمور")).findFirst().orElseThrow();
        assertTrue(misspelt.fuzzy());
        assertEquals(MAKHMOUR, misspelt.candidates().get(0));
    }

    @Test
    void aMisspeltNameAfterATriggerIsFound() {
        assertEquals("مخمور", matcher.find("في قضاء مخموور").get(0).key());
    }

    @Test
    void withoutContextAWordNearANameIsJustAWord() {
        assertTrue(matcher.find("لا تباع الخمور هنا").isEmpty());
        assertTrue(matcher.find("زار كركوك مخموري").stream().noneMatch(ToponymSpan::fuzzy),
                "a space alone does not make a list");
    }

    @Test
    void aNisbaIsNotAMisspelling() {
        assertTrue(matcher.find("في زمار، وقال كمال مخموري").stream().noneMatch(ToponymSpan::fuzzy));
    }

    @Test
    void trailingMarksStayInTheMention() {
        String text = "في كركوكَ اليوم";
        assertEquals("كركوكَ", matcher.find(text).get(0).surface());
    }

    @ParameterizedTest(name = "«{0}» -> {1}")
    @CsvSource({
            "ناحيتي,  SUBDISTRICT",
            "وناحيتي, SUBDISTRICT",
            "نواحي,   SUBDISTRICT",
            "ناحية,   SUBDISTRICT",
            "قضاءي,   DISTRICT",
            "قضائي,   DISTRICT",
            "أقضية,   DISTRICT",
            "لقضاء,   DISTRICT",
            "محافظتي, GOVERNORATE",
            "مدينتي,  SETTLEMENT",
            "قريتي,   SETTLEMENT",
    })
    void dualAndPluralTriggersCoverBothNames(String word, Trigger trigger) {
        List<ToponymSpan> spans = matcher.find("في " + word + " زمار ومخمور");
        assertEquals(List.of(trigger, trigger), spans.stream().map(ToponymSpan::trigger).toList(), spans::toString);
    }

    @ParameterizedTest
    @CsvSource({
            "الطريق بين القضاء وكركوك",
            "الطريق بين الناحية والموصل",
            "مسؤولو المحافظة كركوك",
            "في ناحية زمار والقرى المحيطة بالموصل",
            "في ناحية زمار شمال الموصل",
    })
    void anAnaphoricOrDistantTriggerWordTypesNothing(String text) {
        ToponymSpan last = matcher.find(text).get(matcher.find(text).size() - 1);
        assertNull(last.trigger(), last::toString);
    }

    @Test
    void anOrdinaryWordIsANameOnlyAfterATriggerOfItsKind() {
        Map<String, List<PlaceCandidate>> m = entries();
        m.put(NameKeys.key("الملتقى"), List.of(MULTAKA, MULTAKA_VILLAGE));
        GazetteerMatcher withStops = new GazetteerMatcher(NameIndex.inMemory(m, StopKeys.standard()),
                NotPlacePhrases.of(List.of()), StopKeys.standard());
        List<ToponymSpan> spans = withStops.find("مديري نواحي الملتقى وزمار");
        assertEquals(List.of("الملتقى", "زمار"), spans.stream().map(ToponymSpan::surface).toList());
        assertEquals(List.of(MULTAKA), spans.get(0).candidates(), "only the places of the trigger's kind");
        assertEquals(List.of("زمار", "الملتقى"),
                withStops.find("نواحي زمار والملتقى").stream().map(ToponymSpan::surface).toList(), "a list item too");
        assertTrue(withStops.find("عقد الملتقى في زمار").stream().noneMatch(s -> s.surface().equals("الملتقى")));
        assertTrue(withStops.find("قاعدة الملتقى").isEmpty(), "no base is named so");
    }

    @Test
    void aNameInBracketsAfterANameTakesItsTrigger() {
        List<ToponymSpan> spans = matcher.find("الجسر في ناحية آلتون كوبري (پردێ) بعد");
        assertEquals(List.of("آلتون كوبري", "پردێ"), spans.stream().map(ToponymSpan::surface).toList());
        assertEquals(Trigger.SUBDISTRICT, spans.get(1).trigger());
        assertNull(matcher.find("في ناحية زمار، قرب (بردي)").get(1).trigger(), "not right after the name");
    }

    @Test
    void latinNamesAreFoundOnlyCapitalised() {
        List<ToponymSpan> inArabic = matcher.find("وصلت القوات الى قاعدة K1 في Kirkuk امس");
        assertEquals(List.of("K1", "Kirkuk"), inArabic.stream().map(ToponymSpan::surface).toList());
        assertEquals(List.of(KIRKUK, KIRKUK_GOV), inArabic.get(1).candidates());
        List<ToponymSpan> english = matcher.find("Peshmerga forces in Makhmour and Kirkuk. The Long road of Tuz Khurmatu");
        assertEquals(List.of("Makhmour", "Kirkuk", "Tuz Khurmatu"), english.stream().map(ToponymSpan::surface).toList());
        assertTrue(matcher.find("صورة hez kirkuk (4) و makhmour").isEmpty(), "a photo file name is no mention");
    }

    private static NameIndex index() {
        return NameIndex.inMemory(entries());
    }

    private static Map<String, List<PlaceCandidate>> entries() {
        Map<String, List<PlaceCandidate>> m = new HashMap<>();
        for (PlaceCandidate p : List.of(KIRKUK, MOSUL, TUZ, K1, QARA_CHOGH, BAGHDAD, KURDISTAN, KALAR, LAR, TEL_ASWAD,
                MAKHMOUR, ZUMMAR, ALTUN_KUPRI, BARDI)) {
            NameKeys.keys(p.nameAr()).forEach(k -> m.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(p));
        }
        m.get("كركوك").add(KIRKUK_GOV);
        for (String code : List.of("K1", "كي-1")) {
            NameKeys.keys(code).forEach(k -> m.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(K1));
        }
        LatinNames latin = LatinNames.standard();
        Map<PlaceCandidate, List<String>> latinNames = Map.of(KIRKUK, List.of("Kirkuk", "KIK"), KIRKUK_GOV,
                List.of("Kirkuk"), MAKHMOUR, List.of("Makhmour", "Long"), TUZ, List.of("Tuz Khurmatu", "The"));
        latinNames.forEach((p, names) -> latin.keys(names)
                .forEach(k -> m.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(p)));
        m.get("kirkuk").sort(java.util.Comparator.comparingLong(PlaceCandidate::id));
        return m;
    }

    static PlaceCandidate place(long id, String nameAr, String featureClass, String featureCode, long population) {
        return new PlaceCandidate(id, nameAr, nameAr, nameAr, featureClass, featureCode, "IQ", "13", population,
                "test", Long.toString(id), 35, 44);
    }
}
