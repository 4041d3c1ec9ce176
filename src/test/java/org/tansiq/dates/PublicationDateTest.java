package org.tansiq.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tansiq.dates.PublicationDate.Source;

class PublicationDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // stated
            "خبر عن 5 أيار 2018. نشر في 3 آذار 2019                        | 2019-03-03 | DAY  | STATED",
            "خبر عن 5 أيار 2018. تاريخ النشر: 2019/3/3                     | 2019-03-03 | DAY  | STATED",
            "خبر عن 5 أيار 2018. نُشِر بتاريخ ٣/٣/٢٠١٩                     | 2019-03-03 | DAY  | STATED",
            // datelines
            "أربيل - 23 أيار 2021 - قال مسؤول في 5 أيار 2018               | 2021-05-23 | DAY  | DATELINE",
            "أربيل (كوردستان 24) - 23 أيار 2021 قال مسؤول                  | 2021-05-23 | DAY  | DATELINE",
            "كركوك/ 2021/ قال مسؤول أمني إن القوات وصلت                    | 2021-01-01 | YEAR | DATELINE",
    })
    void fromOneLine(String text, LocalDate date, TimePrecision precision, Source source) {
        PublicationDate p = PublicationDate.fromText(text).orElseThrow();
        assertEquals(date, p.from());
        assertEquals(precision, p.precision());
        assertEquals(source, p.source());
    }

    @Test
    void aDateLineAtTheTop() {
        String text = "عنوان الخبر\n\nالخميس 30 نوفمبر 2017 06:11 ص\n\nانتشرت قوات أمريكية، الأربعاء، في كركوك.";
        PublicationDate p = PublicationDate.fromText(text).orElseThrow();
        assertEquals(LocalDate.of(2017, 11, 30), p.date());
        assertEquals(Source.TOP_LINE, p.source());
        assertEquals("الخميس 30 نوفمبر 2017", text.substring(p.start(), p.end()));
    }

    @Test
    void aHeadlineWithADateIsNotADateLine() {
        String text = "هجوم على قرية في كركوك يوم 23 أيار 2021 يخلف قتلى وجرحى\n\nقال مسؤول إن الهجوم وقع ليلا.";
        assertEquals(Optional.empty(), PublicationDate.fromText(text));
    }

    @Test
    void aDateFarDownIsNotATopLine() {
        String text = "سطر\nسطر\nسطر\nسطر\nسطر\nسطر\n23 أيار 2021";
        assertEquals(Optional.empty(), PublicationDate.fromText(text));
    }

    @Test
    void photoCaptionsAreNotDatelines() {
        String text = "عنوان\nكركوك/ 2016/ عملية عسكرية لقوات البيشمركة   تصوير: كاروان الصالحي\n\nنص الخبر.";
        assertEquals(Optional.empty(), PublicationDate.fromText(text));
    }

    @Test
    void todayGivenAsADateTakesItsYearFromTheTextAndTheWeekday() {
        // 24 May is a Monday in 2021, not in 2022: the weekday picks the year.
        String text = "عقد أول اجتماع في 23 أيار 2021. وكشف في تصريح نُشِر اليوم، الاثنين 24 ايار، أن ...";
        PublicationDate p = PublicationDate.fromText(text).orElseThrow();
        assertEquals(LocalDate.of(2021, 5, 24), p.from());
        assertEquals(Source.TODAY, p.source());
        assertEquals("اليوم، الاثنين 24 ايار", text.substring(p.start(), p.end()));
        String nextYear = "عقد أول اجتماع في 23 أيار 2021. وقال اليوم، الثلاثاء 24 ايار، إن ...";
        assertEquals(LocalDate.of(2022, 5, 24), PublicationDate.fromText(nextYear).orElseThrow().from());
    }

    @Test
    void nothingStatedNothingRead() {
        assertTrue(PublicationDate.fromText("وأطلقت البيشمركة يوم امس حملة لتطهير جبال قرة جوخ.").isEmpty());
        assertTrue(PublicationDate.fromText("").isEmpty());
    }

    @Test
    void metadataIsDayPrecise() {
        PublicationDate p = PublicationDate.ofMetadata(LocalDate.of(2020, 9, 16));
        assertEquals(Source.METADATA, p.source());
        assertEquals(1, p.acledTimePrecision());
    }
}
