package org.tansiq.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tansiq.dates.TimePrecision;

/**
 * The facts the seed articles state, as the extractor reads them (places from the toponym gold,
 * which the geoparser matches exactly on the seeds): the K1 centre opened on 23 May 2021, the
 * Diyala centre in Khanaqin on 19 May 2021, two rooms planned in Makhmour, six centres discussed,
 * the US plan for a Kirkuk room in November 2017, the 2020 agreement, the gaps around Makhmour and
 * Qara Chogh and in Kirkuk.
 */
class SeedEventFactsTest {

    static final String TALKS = "01-peshmerga-return-talks.txt";
    static final String COALITION = "02-coalition-urges-agreement.txt";
    static final String K1 = "03-peshmerga-back-in-kirkuk-k1.txt";
    static final String QARA_CHOGH = "04-qara-chogh-campaign.txt";
    static final String US_ROOM = "05-us-joint-operations-room-kirkuk.txt";

    static final String K1_BASE = "K-1 Air Base";
    static final String KHANAQIN = "Khanaqin";
    static final String MAKHMOUR = "Makhmour";

    static final RuleEventExtractor EXTRACTOR = new RuleEventExtractor();

    static List<ExtractedEvent> events(String seed, LocalDate published) {
        return EXTRACTOR.extract(GoldMentions.seed(seed), GoldMentions.of(seed), published);
    }

    static List<ExtractedEvent> centres(List<ExtractedEvent> events, CentreStatus status) {
        return events.stream().filter(e -> e.kind() == EventKind.COORDINATION_CENTRE && e.status() == status).toList();
    }

    static Set<String> places(ExtractedEvent e) {
        return e.places().stream().map(EventPlace::nameEn).collect(Collectors.toSet());
    }

    @Test
    void theK1CentreOpenedOn23May2021() {
        for (LocalDate published : new LocalDate[] {LocalDate.of(2021, 5, 24), null}) {
            List<ExtractedEvent> opened = centres(events(K1, published), CentreStatus.OPENED).stream()
                    .filter(e -> places(e).contains(K1_BASE) && LocalDate.of(2021, 5, 23).equals(e.date())).toList();
            assertEquals(2, opened.size(), "the first meeting, told twice");
            opened.forEach(e -> assertEquals(TimePrecision.DAY, e.timePrecision()));
            assertTrue(opened.get(0).quote().contains("أول اجتماع"));
        }
    }

    @Test
    void theDiyalaCentreInKhanaqinOpenedOn19May2021() {
        ExtractedEvent e = centres(events(K1, LocalDate.of(2021, 5, 24)), CentreStatus.OPENED).stream()
                .filter(c -> places(c).contains(KHANAQIN)).findFirst().orElseThrow();
        assertEquals(Set.of("Diyala", KHANAQIN), places(e));
        assertEquals(LocalDate.of(2021, 5, 19), e.date());
        assertEquals(List.of(Actors.IRAQI_FORCES, Actors.PESHMERGA), e.actors());
    }

    @Test
    void twoRoomsArePlannedInMakhmour() {
        ExtractedEvent e = centres(events(K1, LocalDate.of(2021, 5, 24)), CentreStatus.PLANNED).stream()
                .filter(c -> places(c).contains(MAKHMOUR)).findFirst().orElseThrow();
        assertEquals(Set.of(MAKHMOUR, "Ninewa"), places(e), "«في مخمور ضمن محافظة نينوى» is one place");
        assertTrue(e.quote().contains("غرفتي عمليات مشتركتين"));
    }

    @Test
    void sixCentresWereDiscussedOnePerPlace() {
        List<ExtractedEvent> six = centres(events(K1, LocalDate.of(2021, 5, 24)), CentreStatus.PROPOSED).stream()
                .filter(e -> e.quote().contains("ستة مراكز")).toList();
        assertEquals(List.of(Set.of("Baghdad"), Set.of("Erbil"), Set.of("Kirkuk"), Set.of(MAKHMOUR), Set.of("Diyala"),
                Set.of("Ninewa")), six.stream().map(SeedEventFactsTest::places).toList());
        six.forEach(e -> assertEquals(six.get(0).start(), e.start()));
    }

    @Test
    void theUsForcesSoughtAJointRoomInKirkukInNovember2017() {
        ExtractedEvent e = centres(events(US_ROOM, LocalDate.of(2017, 11, 30)), CentreStatus.PROPOSED).get(0);
        assertEquals(Set.of("Kirkuk"), places(e));
        assertEquals(LocalDate.of(2017, 11, 30), e.date());
        assertTrue(e.actors().containsAll(List.of(Actors.COALITION, Actors.IRAQI_FORCES, Actors.PESHMERGA)));
    }

    @Test
    void centresWereAgreedIn2020ButNotYetRunning() {
        List<ExtractedEvent> events = events(COALITION, LocalDate.of(2020, 9, 16));
        ExtractedEvent agreed = centres(events, CentreStatus.AGREED).get(0);
        assertEquals(2020, agreed.date().getYear());
        assertTrue(agreed.places().isEmpty(), "«بين بغداد وأربيل» names the parties, not places");
        assertEquals(List.of(Actors.IRAQI_FORCES, Actors.PESHMERGA), agreed.actors());
        ExtractedEvent notRunning = centres(events, CentreStatus.NOT_RUNNING).get(0);
        assertEquals(agreed.start(), notRunning.start(), "the same sentence");
        ExtractedEvent planned = centres(events, CentreStatus.PLANNED).get(0);
        assertEquals(TimePrecision.MONTH, planned.timePrecision());
        assertEquals(10, planned.date().getMonthValue(), "«الشهر المقبل»");
    }

    @Test
    void gapsAroundMakhmourAndQaraChogh() {
        List<ExtractedEvent> gaps = events(QARA_CHOGH, null).stream().filter(e -> e.kind() == EventKind.SECURITY_GAP).toList();
        assertTrue(gaps.stream().anyMatch(e -> places(e).equals(Set.of(MAKHMOUR, "Qara Chogh Mountains"))));
        ExtractedEvent exploited = gaps.stream().filter(e -> e.quote().contains("استغل")).findFirst().orElseThrow();
        assertEquals(Set.of("Qara Chogh Mountains"), places(exploited), "«هذه المنطقة»: the place of the sentence before");
        assertTrue(exploited.exploitedByIsis());
    }

    @Test
    void gapsInKirkukAndBetweenTheLines() {
        List<ExtractedEvent> gaps = events(K1, LocalDate.of(2021, 5, 24)).stream()
                .filter(e -> e.kind() == EventKind.SECURITY_GAP).toList();
        ExtractedEvent kirkuk = gaps.stream().filter(e -> e.quote().contains("محافظ كركوك")).findFirst().orElseThrow();
        assertEquals(Set.of("Kirkuk"), places(kirkuk));
        assertEquals(LocalDate.of(2021, 5, 2), kirkuk.date());
        ExtractedEvent betweenLines = events(COALITION, LocalDate.of(2020, 9, 16)).stream()
                .filter(e -> e.kind() == EventKind.SECURITY_GAP && e.quote().contains("بين خطوط الجانبين")).findFirst().orElseThrow();
        assertTrue(betweenLines.places().isEmpty(), "the areas between the lines in general: the layer maps them");
        assertTrue(betweenLines.exploitedByIsis());
    }

    @Test
    void aCentreIsNotPutAtEveryPlaceOfItsSentence() {
        // «عاد ... الى كركوك لتمثيل اقليم كوردستان في مركز تنسيق مشترك ... مقرّه في قاعدة كي وان (K1)»
        ExtractedEvent e = events(K1, LocalDate.of(2021, 5, 24)).stream()
                .filter(c -> c.quote().startsWith("عاد عدد من الضباط")).findFirst().orElseThrow();
        assertEquals(Set.of(K1_BASE), places(e));
        assertEquals(1, e.places().size(), "«كي وان (K1)» is one place named twice");
    }

    @Test
    void eventsKeepTheirSentenceAndTheirPlaces() {
        String text = GoldMentions.seed(US_ROOM);
        for (ExtractedEvent e : events(US_ROOM, LocalDate.of(2017, 11, 30))) {
            assertEquals(e.quote(), text.substring(e.start(), e.end()));
            e.places().forEach(p -> assertTrue(p.mentionStart() >= e.start() && p.mentionEnd() <= e.end()));
        }
        ExtractedEvent deployed = events(US_ROOM, LocalDate.of(2017, 11, 30)).stream()
                .filter(e -> e.kind() == EventKind.DEPLOYMENT).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2017, 11, 29), deployed.date(), "«انتشرت قوات أمريكية، الأربعاء»");
    }

    @Test
    void anUndatedArticleTakesItsDatesFromItsText() {
        ExtractedEvent moved = events(TALKS, null).stream().filter(e -> e.kind() == EventKind.DEPLOYMENT).findFirst()
                .orElseThrow();
        assertEquals(Set.of("Kirkuk"), places(moved), "«من بغداد الى كركوك»: the origin is not the place");
        assertEquals(null, moved.date(), "«يوم الثلاثاء» with no publication date stays unresolved");
    }
}
