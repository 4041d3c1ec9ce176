package org.tansiq.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dates the seed articles state, read from the bundled seeds as the pipeline reads them:
 * every mention pinned per article, the facts the issue names (the K1 centre opened on
 * 2021-05-23, the Diyala centre in Khanaqin on 2021-05-19), and each article's own date where its
 * text gives one, checked against seeds.json.
 */
class SeedDatesTest {

    static final String TALKS = "01-peshmerga-return-talks.txt";
    static final String COALITION = "02-coalition-urges-agreement.txt";
    static final String K1 = "03-peshmerga-back-in-kirkuk-k1.txt";
    static final String QARA_CHOGH = "04-qara-chogh-campaign.txt";
    static final String US_ROOM = "05-us-joint-operations-room-kirkuk.txt";

    // --- the article's own date ---------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            TALKS + ",,",
            COALITION + ", 2020-09-16, TOP_LINE",
            K1 + ", 2021-05-24, TODAY",
            QARA_CHOGH + ",,",
            US_ROOM + ", 2017-11-30, TOP_LINE",
    })
    void publicationDateFromTheTextAgreesWithTheMetadata(String seed, LocalDate expected, PublicationDate.Source source)
            throws IOException {
        Optional<PublicationDate> read = PublicationDate.fromText(text(seed));
        assertEquals(Optional.ofNullable(expected), read.map(PublicationDate::from));
        assertEquals(Optional.ofNullable(publishedAt(seed)), read.map(PublicationDate::from), "seeds.json publishedAt");
        read.ifPresent(p -> {
            assertEquals(source, p.source());
            assertEquals(TimePrecision.DAY, p.precision());
        });
    }

    @Test
    void theK1PhotoCaptionsDoNotDateTheArticle() throws IOException {
        // «كركوك/ 2016/ عملية عسكرية ... تصوير: ...» looks like a dateline and is a caption.
        assertEquals(LocalDate.of(2021, 5, 24), PublicationDate.fromText(text(K1)).orElseThrow().from());
    }

    // --- the facts the issue pins -----------------------------------------------------------

    @Test
    void theK1CentreHeldItsFirstMeetingOn23May2021() throws IOException {
        String text = text(K1);
        for (LocalDate metadata : new LocalDate[] {publishedAt(K1), null}) {
            ArticleDates dates = ArticleDates.of(text, metadata);
            GoverningDate opened = governing(dates, text, "وعقد مركز التنسيق العسكري المشترك أول اجتماع له");
            assertEquals(LocalDate.of(2021, 5, 23), opened.date());
            assertEquals(TimePrecision.DAY, opened.precision());
            assertEquals("يوم الأحد، 23 أيار 2021", opened.mention().surface());
            // The anonymous source says the same without a year.
            GoverningDate returned = governing(dates, text, "عاد خمسة ضباط");
            assertEquals(LocalDate.of(2021, 5, 23), returned.date());
            assertEquals("يوم الأحد، 23 أيار", returned.mention().surface());
        }
    }

    @Test
    void theDiyalaCentreInKhanaqinStartedOn19May2021() throws IOException {
        String text = text(K1);
        for (LocalDate metadata : new LocalDate[] {publishedAt(K1), null}) {
            GoverningDate g = governing(ArticleDates.of(text, metadata), text, "مركز التنسيق المشترك في ديالى باشر مهامه");
            assertEquals(LocalDate.of(2021, 5, 19), g.date());
            assertEquals(TimePrecision.DAY, g.precision());
            assertEquals("يوم الأربعاء، 19 أيار", g.mention().surface());
        }
    }

    @Test
    void moreK1CentresWereDueThatWeek() throws IOException {
        String text = text(K1);
        GoverningDate g = governing(ArticleDates.of(text, publishedAt(K1)), text, "من المقرر فتح عدة مراكز");
        assertEquals(LocalDate.of(2021, 5, 22), g.from());
        assertEquals(LocalDate.of(2021, 5, 28), g.to());
        assertEquals(TimePrecision.WEEK, g.precision());
    }

    @Test
    void theUsForcesSoughtAJointRoomInNovember2017() throws IOException {
        String text = text(US_ROOM);
        ArticleDates dates = ArticleDates.of(text, publishedAt(US_ROOM));
        GoverningDate room = governing(dates, text, "تأسيس غرفة عمليات مشتركة");
        assertTrue(room.fromPublication());
        assertEquals(LocalDate.of(2017, 11, 30), room.date());
        GoverningDate deployed = governing(dates, text, "انتشرت قوات أمريكية");
        assertEquals(LocalDate.of(2017, 11, 29), deployed.date());
        assertEquals("الأربعاء", deployed.mention().surface());
    }

    @Test
    void theCoalitionArticleDatesTheAgreementOnlyAsRecent() throws IOException {
        String text = text(COALITION);
        ArticleDates dates = ArticleDates.of(text, publishedAt(COALITION));
        GoverningDate agreed = governing(dates, text, "وأخيراً، تم الاتفاق على إنشاء");
        assertTrue(agreed.fromPublication());
        assertEquals(TimePrecision.UNKNOWN, agreed.precision());
        GoverningDate expected = governing(dates, text, "وسط توقعات");
        assertEquals(LocalDate.of(2020, 10, 1), expected.from());
        assertEquals(TimePrecision.MONTH, expected.precision());
    }

    // --- every mention, per article -----------------------------------------------------------

    @Test
    void talksMentionsStayUnresolvedWithoutADate() throws IOException {
        check(TALKS, null,
                "خلال الايام القليلة الماضية | - | - | WEEK",
                "يوم الثلاثاء | - | - | DAY",
                "16 تشرين الاول الماضي | - | - | DAY");
    }

    @Test
    void coalitionMentions() throws IOException {
        check(COALITION, publishedAt(COALITION),
                "16 سبتمبر 2020 | 2020-09-16 | 2020-09-16 | DAY",
                "منذ نحو شهر | 2020-08-01 | 2020-08-31 | MONTH",
                "منذ نحو شهر | 2020-08-01 | 2020-08-31 | MONTH",
                "أخيراً | - | - | UNKNOWN",
                "الشهر المقبل | 2020-10-01 | 2020-10-31 | MONTH",
                "أمس الثلاثاء | 2020-09-15 | 2020-09-15 | DAY",
                "الأحد الماضي | 2020-09-13 | 2020-09-13 | DAY");
    }

    @Test
    void k1Mentions() throws IOException {
        check(K1, publishedAt(K1),
                "يوم الأحد، 23 أيار 2021 | 2021-05-23 | 2021-05-23 | DAY",
                "يوم الأحد، 23 أيار | 2021-05-23 | 2021-05-23 | DAY",
                "عام 2014 | 2014-01-01 | 2014-12-31 | YEAR",
                "16 أكتوبر 2017 | 2017-10-16 | 2017-10-16 | DAY",
                "اليوم | 2021-05-24 | 2021-05-24 | DAY",
                "الاثنين 24 ايار | 2021-05-24 | 2021-05-24 | DAY",
                "يوم الأربعاء، 19 أيار | 2021-05-19 | 2021-05-19 | DAY",
                "هذا الاسبوع | 2021-05-22 | 2021-05-28 | WEEK",
                "2 أيار | 2021-05-02 | 2021-05-02 | DAY",
                "يوم الأحد 23 ايار | 2021-05-23 | 2021-05-23 | DAY");
    }

    @Test
    void qaraChoghMentionsStayUnresolvedWithoutADate() throws IOException {
        check(QARA_CHOGH, null,
                "يوم امس | - | - | DAY",
                "صباح يوم الاثنين | - | - | DAY");
    }

    @Test
    void usRoomMentions() throws IOException {
        check(US_ROOM, publishedAt(US_ROOM),
                "الخميس 30 نوفمبر 2017 | 2017-11-30 | 2017-11-30 | DAY",
                "الأربعاء | 2017-11-29 | 2017-11-29 | DAY",
                "13 الشهر الماضي | 2017-10-13 | 2017-10-13 | DAY",
                "الآونة الأخيرة | - | - | UNKNOWN",
                "منتصف أكتوبر/تشرين الأول الماضي | 2017-10-11 | 2017-10-20 | WEEK",
                "25 سبتمبر/أيلول الماضي | 2017-09-25 | 2017-09-25 | DAY",
                "16 أكتوبر/تشرين الأول الماضي | 2017-10-16 | 2017-10-16 | DAY");
    }

    // --- helpers ------------------------------------------------------------------------------

    /** Each expected row: surface | from | to | precision, «-» for an unresolved date. */
    private static void check(String seed, LocalDate published, String... expected) throws IOException {
        String text = text(seed);
        List<DateMention> found = DateFinder.standard().find(text, published);
        List<String> rows = found.stream().map(m -> m.surface() + " | " + orDash(m.from()) + " | " + orDash(m.to())
                + " | " + m.precision()).toList();
        assertEquals(List.of(expected), rows);
        for (DateMention m : found) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
    }

    private static String orDash(LocalDate d) {
        return d == null ? "-" : d.toString();
    }

    /** The governing date of the sentence holding {@code phrase}, anchored on its first word. */
    private static GoverningDate governing(ArticleDates dates, String text, String phrase) {
        int at = text.indexOf(phrase);
        assertTrue(at >= 0, phrase);
        return dates.governingAt(at).orElseThrow();
    }

    static String text(String seed) throws IOException {
        try (InputStream in = resource("seeds/" + seed)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static LocalDate publishedAt(String seed) throws IOException {
        try (InputStream in = resource("seeds/seeds.json")) {
            for (JsonNode article : new ObjectMapper().readTree(in)) {
                if (article.get("file").asText().equals(seed)) {
                    JsonNode date = article.get("publishedAt");
                    return date == null || date.isNull() ? null : LocalDate.parse(date.asText());
                }
            }
        }
        throw new IllegalArgumentException(seed);
    }

    private static InputStream resource(String path) {
        return SeedDatesTest.class.getClassLoader().getResourceAsStream(path);
    }
}
