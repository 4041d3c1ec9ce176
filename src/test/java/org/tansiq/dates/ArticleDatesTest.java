package org.tansiq.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleDatesTest {

    static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 24);

    @Test
    void theNearestMentionInTheSentenceGoverns() {
        String text = "وعقد الاجتماع الأول يوم الأحد، 23 أيار، بعد وصول الوفد في 2 أيار. وقال المتحدث إن الوضع هادئ.";
        ArticleDates dates = ArticleDates.of(text, PUBLISHED);
        GoverningDate g = dates.governingAt(text.indexOf("الاجتماع")).orElseThrow();
        assertEquals(LocalDate.of(2021, 5, 23), g.date());
        assertEquals("يوم الأحد، 23 أيار", g.mention().surface());
        assertEquals(LocalDate.of(2021, 5, 2), dates.governingAt(text.indexOf("الوفد")).orElseThrow().date());
    }

    @Test
    void withoutAMentionThePublicationDateGoverns() {
        String text = "وصل الوفد في 2 أيار. وقال المتحدث إن الوضع هادئ.";
        GoverningDate g = ArticleDates.of(text, PUBLISHED).governingAt(text.indexOf("المتحدث")).orElseThrow();
        assertTrue(g.fromPublication());
        assertNull(g.mention());
        assertEquals(PUBLISHED, g.date());
        assertEquals(TimePrecision.DAY, g.precision());
    }

    @Test
    void recentlyMakesThePublicationDateVague() {
        String text = "وأخيراً، تم الاتفاق على إنشاء مراكز تنسيق.";
        GoverningDate g = ArticleDates.of(text, PUBLISHED).governingAt(text.indexOf("الاتفاق")).orElseThrow();
        assertTrue(g.fromPublication());
        assertEquals(TimePrecision.UNKNOWN, g.precision());
        assertEquals(3, g.acledTimePrecision());
    }

    @Test
    void aTieGoesToTheMentionBeforeTheAnchor() {
        String text = "في 2 أيار اجتماع في 3 أيار";
        ArticleDates dates = ArticleDates.of(text, PUBLISHED);
        int anchor = text.indexOf("اجتماع") + 3;
        assertEquals(LocalDate.of(2021, 5, 2), dates.governing(0, text.length(), anchor).orElseThrow().date());
    }

    @Test
    void thePublicationDateIsReadFromTheTextWhenMetadataLacksIt() {
        String text = "عنوان\n16 سبتمبر 2020\nوأكد الوزير، أمس الثلاثاء، أن المحاولات مستمرة.";
        ArticleDates dates = ArticleDates.of(text, null);
        assertEquals(PublicationDate.Source.TOP_LINE, dates.publication().orElseThrow().source());
        GoverningDate g = dates.governingAt(text.indexOf("الوزير")).orElseThrow();
        assertEquals(LocalDate.of(2020, 9, 15), g.date());
        assertFalse(g.fromPublication());
    }

    @Test
    void aPublicationYearDoesNotResolveYesterday() {
        String text = "كركوك/ 2021/ قال مسؤول أمس إن القوات وصلت.";
        ArticleDates dates = ArticleDates.of(text, null);
        assertEquals(TimePrecision.YEAR, dates.publication().orElseThrow().precision());
        assertFalse(dates.mentions().get(0).isResolved());
        GoverningDate g = dates.governingAt(text.indexOf("القوات")).orElseThrow();
        assertTrue(g.fromPublication());
        assertEquals(TimePrecision.YEAR, g.precision());
    }

    @Test
    void noDateAtAll() {
        assertTrue(ArticleDates.of("قال مسؤول إن القوات وصلت.", null).governingAt(3).isEmpty());
    }

    @Test
    void aRangeIsDatedByItsMiddle() {
        DateMention may = DateFinder.standard().find("في أيار 2021", null).get(0);
        assertEquals(LocalDate.of(2021, 5, 16), may.date());
        assertEquals(3, may.acledTimePrecision());
    }
}
