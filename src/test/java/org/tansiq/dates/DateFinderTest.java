package org.tansiq.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One line a case: text | the mention's surface | from | to | precision. Publication date is
 * Wednesday 5 June 2024 unless the case says otherwise.
 */
class DateFinderTest {

    /** A Wednesday. */
    static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 5);
    static final DateFinder FINDER = DateFinder.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Levantine/Iraqi month names, with spelling variants
            "في 23 أيار 2021 افتتح المركز       | 23 أيار 2021        | 2021-05-23 | 2021-05-23 | DAY",
            "في 23 ايار 2021                    | 23 ايار 2021        | 2021-05-23 | 2021-05-23 | DAY",
            "في 5 كانون الثاني 2020             | 5 كانون الثاني 2020 | 2020-01-05 | 2020-01-05 | DAY",
            "في 5 كانون ثاني 2020               | 5 كانون ثاني 2020   | 2020-01-05 | 2020-01-05 | DAY",
            "في 1 شباط 2019                     | 1 شباط 2019         | 2019-02-01 | 2019-02-01 | DAY",
            "في 9 آذار 2019                     | 9 آذار 2019         | 2019-03-09 | 2019-03-09 | DAY",
            "في 10 نيسان 2019                   | 10 نيسان 2019       | 2019-04-10 | 2019-04-10 | DAY",
            "في 12 حزيران 2019                  | 12 حزيران 2019      | 2019-06-12 | 2019-06-12 | DAY",
            "في 14 تموز 2019                    | 14 تموز 2019        | 2019-07-14 | 2019-07-14 | DAY",
            "في 3 آب 2019                       | 3 آب 2019           | 2019-08-03 | 2019-08-03 | DAY",
            "في 3 أيلول 2019                    | 3 أيلول 2019        | 2019-09-03 | 2019-09-03 | DAY",
            "في 16 تشرين الأول 2017             | 16 تشرين الأول 2017 | 2017-10-16 | 2017-10-16 | DAY",
            "في 16 تشرين الاول 2017             | 16 تشرين الاول 2017 | 2017-10-16 | 2017-10-16 | DAY",
            "في 2 تشرين الثاني 2017             | 2 تشرين الثاني 2017 | 2017-11-02 | 2017-11-02 | DAY",
            "في 31 كانون الأول 2019             | 31 كانون الأول 2019 | 2019-12-31 | 2019-12-31 | DAY",
            // Egyptian/Gulf month names, with spelling variants
            "في 16 سبتمبر 2020                  | 16 سبتمبر 2020      | 2020-09-16 | 2020-09-16 | DAY",
            "في 1 يناير 2020                    | 1 يناير 2020        | 2020-01-01 | 2020-01-01 | DAY",
            "في 2 فبراير 2020                   | 2 فبراير 2020       | 2020-02-02 | 2020-02-02 | DAY",
            "في 3 مارس 2020                     | 3 مارس 2020         | 2020-03-03 | 2020-03-03 | DAY",
            "في 4 أبريل 2020                    | 4 أبريل 2020        | 2020-04-04 | 2020-04-04 | DAY",
            "في 4 ابريل 2020                    | 4 ابريل 2020        | 2020-04-04 | 2020-04-04 | DAY",
            "في 4 إبريل 2020                    | 4 إبريل 2020        | 2020-04-04 | 2020-04-04 | DAY",
            "في 5 مايو 2020                     | 5 مايو 2020         | 2020-05-05 | 2020-05-05 | DAY",
            "في 6 يونيو 2020                    | 6 يونيو 2020        | 2020-06-06 | 2020-06-06 | DAY",
            "في 6 يونيه 2020                    | 6 يونيه 2020        | 2020-06-06 | 2020-06-06 | DAY",
            "في 7 يوليو 2020                    | 7 يوليو 2020        | 2020-07-07 | 2020-07-07 | DAY",
            "في 7 يوليه 2020                    | 7 يوليه 2020        | 2020-07-07 | 2020-07-07 | DAY",
            "في 8 أغسطس 2020                    | 8 أغسطس 2020        | 2020-08-08 | 2020-08-08 | DAY",
            "في 8 اغسطس 2020                    | 8 اغسطس 2020        | 2020-08-08 | 2020-08-08 | DAY",
            "في 10 أكتوبر 2020                  | 10 أكتوبر 2020      | 2020-10-10 | 2020-10-10 | DAY",
            "في 10 اكتوبر 2020                  | 10 اكتوبر 2020      | 2020-10-10 | 2020-10-10 | DAY",
            "في 11 نوفمبر 2020                  | 11 نوفمبر 2020      | 2020-11-11 | 2020-11-11 | DAY",
            "في 12 ديسمبر 2020                  | 12 ديسمبر 2020      | 2020-12-12 | 2020-12-12 | DAY",
            // both families together
            "وفي 23 أيار/مايو 2021 افتتح المركز | 23 أيار/مايو 2021   | 2021-05-23 | 2021-05-23 | DAY",
            "في 23 أيار (مايو) 2021             | 23 أيار (مايو) 2021 | 2021-05-23 | 2021-05-23 | DAY",
            "في 23 مايو / أيار 2021             | 23 مايو / أيار 2021 | 2021-05-23 | 2021-05-23 | DAY",
            "في 16 أكتوبر/تشرين الأول 2017      | 16 أكتوبر/تشرين الأول 2017 | 2017-10-16 | 2017-10-16 | DAY",
            // other ways of writing the year
            "في 23 أيار عام 2021                | 23 أيار عام 2021    | 2021-05-23 | 2021-05-23 | DAY",
            "في 23 أيار، 2021                   | 23 أيار، 2021       | 2021-05-23 | 2021-05-23 | DAY",
            "في 23 أيار 2021م                   | 23 أيار 2021م       | 2021-05-23 | 2021-05-23 | DAY",
            "في 23 من شهر أيار 2021             | 23 من شهر أيار 2021 | 2021-05-23 | 2021-05-23 | DAY",
            // numeric, day first
            "بتاريخ 23/5/2021 وصل الوفد         | 23/5/2021           | 2021-05-23 | 2021-05-23 | DAY",
            "بتاريخ 2021/5/23 وصل الوفد         | 2021/5/23           | 2021-05-23 | 2021-05-23 | DAY",
            "بتاريخ 2021-05-23 وصل الوفد        | 2021-05-23          | 2021-05-23 | 2021-05-23 | DAY",
            "بتاريخ 23.5.2021 وصل الوفد         | 23.5.2021           | 2021-05-23 | 2021-05-23 | DAY",
            "بتاريخ ٢٣/٥/٢٠٢١ وصل الوفد         | ٢٣/٥/٢٠٢١           | 2021-05-23 | 2021-05-23 | DAY",
            "و2021-05-23 وصل الوفد              | 2021-05-23          | 2021-05-23 | 2021-05-23 | DAY",
            // weekday + date
            "الأحد 23 أيار 2021 عقد اجتماع      | الأحد 23 أيار 2021  | 2021-05-23 | 2021-05-23 | DAY",
            "يوم الأحد، 23 أيار 2021، عقد       | يوم الأحد، 23 أيار 2021 | 2021-05-23 | 2021-05-23 | DAY",
            "يوم الأحد الموافق 23 أيار 2021     | يوم الأحد الموافق 23 أيار 2021 | 2021-05-23 | 2021-05-23 | DAY",
            "صباح يوم الاثنين 24/5/2021         | صباح يوم الاثنين 24/5/2021 | 2021-05-24 | 2021-05-24 | DAY",
            // no year: the nearest on or before publication
            "الأحد 23 أيار عقد اجتماع           | الأحد 23 أيار       | 2024-05-23 | 2024-05-23 | DAY",
            "وصل في 2 حزيران                    | 2 حزيران            | 2024-06-02 | 2024-06-02 | DAY",
            "وصل في 20 حزيران                   | 20 حزيران           | 2023-06-20 | 2023-06-20 | DAY",
            "وصل في 16 تشرين الاول الماضي       | 16 تشرين الاول الماضي | 2023-10-16 | 2023-10-16 | DAY",
            // no year, future tense or «المقبل»: on or after publication
            "سيتم فتح المركز في 3 حزيران        | 3 حزيران            | 2025-06-03 | 2025-06-03 | DAY",
            "سيتم فتح المركز في 20 حزيران       | 20 حزيران           | 2024-06-20 | 2024-06-20 | DAY",
            "من المقرر أن يصل في 1 تموز         | 1 تموز              | 2024-07-01 | 2024-07-01 | DAY",
            "يصل في 2 أيار المقبل               | 2 أيار المقبل       | 2025-05-02 | 2025-05-02 | DAY",
            // a day of a relative month
            "انسحبت في 13 الشهر الماضي          | 13 الشهر الماضي     | 2024-05-13 | 2024-05-13 | DAY",
            "يصل في 13 من الشهر المقبل          | 13 من الشهر المقبل  | 2024-07-13 | 2024-07-13 | DAY",
            "في 13 من الشهر الجاري              | 13 من الشهر الجاري  | 2024-06-13 | 2024-06-13 | DAY",
            // month and year, month alone, parts of months
            "في أيار 2021 تم الاتفاق            | أيار 2021           | 2021-05-01 | 2021-05-31 | MONTH",
            "في شهر أيار من عام 2021            | شهر أيار من عام 2021 | 2021-05-01 | 2021-05-31 | MONTH",
            "في كانون الأول 2019                | كانون الأول 2019    | 2019-12-01 | 2019-12-31 | MONTH",
            "في أيار (مايو) الماضي              | أيار (مايو) الماضي  | 2024-05-01 | 2024-05-31 | MONTH",
            "وفي شهر آب قال                     | شهر آب              | 2023-08-01 | 2023-08-31 | MONTH",
            "وفي آب قال                         | آب                  | 2023-08-01 | 2023-08-31 | MONTH",
            "في حزيران قال                      | حزيران              | 2024-06-01 | 2024-06-30 | MONTH",
            "منتصف أيار شهد هجوما               | منتصف أيار          | 2024-05-11 | 2024-05-20 | WEEK",
            "أواخر أيار 2021                    | أواخر أيار 2021     | 2021-05-21 | 2021-05-31 | WEEK",
            "مطلع شباط 2020                     | مطلع شباط 2020      | 2020-02-01 | 2020-02-10 | WEEK",
            "حتى منتصف أكتوبر/تشرين الأول الماضي | منتصف أكتوبر/تشرين الأول الماضي | 2023-10-11 | 2023-10-20 | WEEK",
            // years
            "بعد عام 2014 وظهور التنظيم         | عام 2014            | 2014-01-01 | 2014-12-31 | YEAR",
            "في 2020 تم                         | 2020                | 2020-01-01 | 2020-12-31 | YEAR",
            "منذ 2003 والوضع                    | 2003                | 2003-01-01 | 2003-12-31 | YEAR",
            "خلال سنة 2019                      | سنة 2019            | 2019-01-01 | 2019-12-31 | YEAR",
            "لعام 2022                          | عام 2022            | 2022-01-01 | 2022-12-31 | YEAR",
            "أواخر عام 2019                     | أواخر عام 2019      | 2019-09-01 | 2019-12-31 | MONTH",
            // days relative to publication
            "وقع الهجوم اليوم في كركوك          | اليوم               | 2024-06-05 | 2024-06-05 | DAY",
            "وقع الهجوم أمس في كركوك            | أمس                 | 2024-06-04 | 2024-06-04 | DAY",
            "وقع الهجوم يوم امس                 | يوم امس             | 2024-06-04 | 2024-06-04 | DAY",
            "وقع الهجوم مساء أمس                | مساء أمس            | 2024-06-04 | 2024-06-04 | DAY",
            "وقع الهجوم أول أمس                 | أول أمس             | 2024-06-03 | 2024-06-03 | DAY",
            "وقع الهجوم أول من أمس              | أول من أمس          | 2024-06-03 | 2024-06-03 | DAY",
            "أكد الوزير، أمس الثلاثاء، أن       | أمس الثلاثاء        | 2024-06-04 | 2024-06-04 | DAY",
            "يصل الوفد غداً إلى أربيل           | غداً                | 2024-06-06 | 2024-06-06 | DAY",
            "يصل الوفد بعد غد                   | بعد غد              | 2024-06-07 | 2024-06-07 | DAY",
            // weekdays
            "قال يوم الثلاثاء إن القوات وصلت    | يوم الثلاثاء        | 2024-06-04 | 2024-06-04 | DAY",
            "قال يوم الأربعاء إن القوات وصلت    | يوم الأربعاء        | 2024-06-05 | 2024-06-05 | DAY",
            "حركت بغداد ليوم الثلاثاء قوة       | يوم الثلاثاء        | 2024-06-04 | 2024-06-04 | DAY",
            "والأحد الماضي، أكد المتحدث         | الأحد الماضي        | 2024-06-02 | 2024-06-02 | DAY",
            "الأربعاء الماضي أكد المتحدث        | الأربعاء الماضي     | 2024-05-29 | 2024-05-29 | DAY",
            "يعقد اجتماعا يوم الثلاثاء المقبل   | يوم الثلاثاء المقبل | 2024-06-11 | 2024-06-11 | DAY",
            "يعقد اجتماعا يوم الأربعاء القادم   | يوم الأربعاء القادم | 2024-06-12 | 2024-06-12 | DAY",
            "سيعقد اجتماعا يوم السبت            | يوم السبت           | 2024-06-08 | 2024-06-08 | DAY",
            "انتشرت قوات أمريكية، الأربعاء، في كركوك | الأربعاء       | 2024-06-05 | 2024-06-05 | DAY",
            "بدأت الحملة في وقت مبكر من صباح يوم الاثنين | صباح يوم الاثنين | 2024-06-03 | 2024-06-03 | DAY",
            // weeks, months, years relative to publication (weeks run Saturday to Friday)
            "الأسبوع الماضي قال                 | الأسبوع الماضي      | 2024-05-25 | 2024-05-31 | WEEK",
            "الأسبوع المقبل يصل                 | الأسبوع المقبل      | 2024-06-08 | 2024-06-14 | WEEK",
            "خلال هذا الاسبوع يصل               | هذا الاسبوع         | 2024-06-01 | 2024-06-07 | WEEK",
            "الشهر الماضي قال                   | الشهر الماضي        | 2024-05-01 | 2024-05-31 | MONTH",
            "وسط توقعات أن يتم ذلك الشهر المقبل | الشهر المقبل        | 2024-07-01 | 2024-07-31 | MONTH",
            "خلال الشهر الجاري                  | الشهر الجاري        | 2024-06-01 | 2024-06-30 | MONTH",
            "العام الماضي قال                   | العام الماضي        | 2023-01-01 | 2023-12-31 | YEAR",
            "العام المقبل يصل                   | العام المقبل        | 2025-01-01 | 2025-12-31 | YEAR",
            "خلال السنة الحالية                 | السنة الحالية       | 2024-01-01 | 2024-12-31 | YEAR",
            // spans and counts from publication
            "خلال الأيام المقبلة سيتم فتح المركز | خلال الأيام المقبلة | 2024-06-06 | 2024-06-12 | WEEK",
            "اجتمعا خلال الايام القليلة الماضية | خلال الايام القليلة الماضية | 2024-05-29 | 2024-06-04 | WEEK",
            "خلال الأشهر الماضية                | خلال الأشهر الماضية | 2024-03-05 | 2024-06-04 | MONTH",
            "قبل ثلاثة أيام وقع هجوم            | قبل ثلاثة أيام      | 2024-06-02 | 2024-06-02 | DAY",
            "قبل 3 أيام وقع هجوم                | قبل 3 أيام          | 2024-06-02 | 2024-06-02 | DAY",
            "قبل يومين وقع هجوم                 | قبل يومين           | 2024-06-03 | 2024-06-03 | DAY",
            "قبل أسبوع وقع هجوم                 | قبل أسبوع           | 2024-05-26 | 2024-06-01 | WEEK",
            "قبل بضعة أيام وقع هجوم             | قبل بضعة أيام       | 2024-05-30 | 2024-06-05 | WEEK",
            "يخوض الطرفان منذ نحو شهر مفاوضات   | منذ نحو شهر         | 2024-04-20 | 2024-05-20 | MONTH",
            "بعد ثلاثة أيام يصل                 | بعد ثلاثة أيام      | 2024-06-08 | 2024-06-08 | DAY",
            "قبل عام وقع هجوم                   | قبل عام             | 2022-12-05 | 2023-12-04 | YEAR",
    })
    void readsAndResolves(String text, String surface, LocalDate from, LocalDate to, TimePrecision precision) {
        DateMention m = only(text, PUBLISHED);
        assertEquals(surface, m.surface());
        assertEquals(from, m.from(), "from");
        assertEquals(to, m.to(), "to");
        assertEquals(precision, m.precision());
        assertEquals(m.surface(), text.substring(m.start(), m.end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وصل مؤخراً إلى كركوك               | مؤخراً",
            "وأخيراً، تم الاتفاق                | أخيراً",
            "قلق يتنامى في الآونة الأخيرة       | الآونة الأخيرة",
    })
    void recentlyIsRelativeWithUnknownPrecision(String text, String surface) {
        DateMention m = only(text, PUBLISHED);
        assertEquals(surface, m.surface());
        assertFalse(m.isResolved());
        assertEquals(TimePrecision.UNKNOWN, m.precision());
        assertEquals(3, m.acledTimePrecision());
        assertTrue(m.relative());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "غدا الوضع صعبا",                       // the verb «became», no tanween
            "وانتهت بنفس اليوم",                    // «the same day»
            "وفي اليوم التالي وصل",                 // «the next day»
            "القائد العام للقوات المسلحة",          // «general», not «year»
            "مارس الضغط على الحكومة",               // the verb «exerted», not March
            "اتفاق بين الاثنين",                    // «the two», not Monday
            "قبل يومين من الهجوم",                  // counted from the attack, not from publication
            "منذ سنوات والوضع",                     // no count
            "على مدى شهر ونصف",                     // a duration, not a date
            "أكثر من 40 سيارة و9 آلاف جندي",        // numbers, not dates
            "في 31 شباط",                           // no such day
            "بتاريخ 5/23/2021",                     // month first is not read
            "في 12 رمضان 1442 هـ",                  // Hijri dates are not read
            "كركوك/ 2021/ عنصر تابع للحشد",         // a bare year without a cue
    })
    void readsNoDate(String text) {
        assertEquals(List.of(), FINDER.find(text, PUBLISHED));
    }

    @Test
    void readsEveryMentionInTextOrderWithoutOverlap() {
        String text = "قبل 16 تشرين الاول الماضي، وصلت القوات أمس الثلاثاء، ثم في أيار 2021 وعام 2017.";
        List<String> surfaces = FINDER.find(text, PUBLISHED).stream().map(DateMention::surface).toList();
        assertEquals(List.of("16 تشرين الاول الماضي", "أمس الثلاثاء", "أيار 2021", "عام 2017"), surfaces);
    }

    @Test
    void offsetsPointIntoTheOriginalTextWithItsMarks() {
        String text = "وصل الوفدُ غداً، وفي ٢٣ أَيّارَ ٢٠٢١ عقد الاجتماعَ";
        List<DateMention> found = FINDER.find(text, PUBLISHED);
        assertEquals(2, found.size());
        assertEquals("غداً", found.get(0).surface());
        assertEquals(text.indexOf("غداً"), found.get(0).start());
        assertEquals("٢٣ أَيّارَ ٢٠٢١", found.get(1).surface());
        assertEquals(LocalDate.of(2021, 5, 23), found.get(1).from());
        for (DateMention m : found) {
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void procliticsAndPrepositionsStayOutsideTheMention() {
        String text = "وفي 23 أيار 2021 وبتاريخ 24/5/2021 والأحد الماضي";
        List<String> surfaces = FINDER.find(text, PUBLISHED).stream().map(DateMention::surface).toList();
        assertEquals(List.of("23 أيار 2021", "24/5/2021", "الأحد الماضي"), surfaces);
    }

    @Test
    void withoutPublicationDateRelativeMentionsStayUnresolved() {
        List<DateMention> found = FINDER.find("وصلت أمس، ويوم الثلاثاء، وفي 23 أيار، وفي 23 أيار 2021", null);
        assertEquals(4, found.size());
        for (DateMention m : found.subList(0, 3)) {
            assertNull(m.from(), m.surface());
            assertTrue(m.relative());
            assertEquals(TimePrecision.DAY, m.precision());
        }
        assertEquals(LocalDate.of(2021, 5, 23), found.get(3).from());
        assertFalse(found.get(3).relative());
    }

    @Test
    void relativeMarksDependenceOnPublication() {
        assertTrue(only("في 23 أيار", PUBLISHED).relative());
        assertTrue(only("أمس", PUBLISHED).relative());
        assertFalse(only("في 23 أيار 2021", PUBLISHED).relative());
        assertFalse(only("عام 2014", PUBLISHED).relative());
    }

    @Test
    void futureTenseIsReadPerSentence() {
        // The second sentence is in the future tense, the first is not.
        List<DateMention> found = FINDER.find("وصل الوفد في 3 حزيران. وسيتم فتح المركز في 3 حزيران.", PUBLISHED);
        assertEquals(LocalDate.of(2024, 6, 3), found.get(0).from());
        assertEquals(LocalDate.of(2025, 6, 3), found.get(1).from());
    }

    @Test
    void aLeapDayWithoutYearFindsTheLastLeapYear() {
        assertEquals(LocalDate.of(2024, 2, 29), only("في 29 شباط", PUBLISHED).from());
        assertEquals(LocalDate.of(2020, 2, 29), only("في 29 شباط", LocalDate.of(2023, 6, 1)).from());
    }

    private static DateMention only(String text, LocalDate published) {
        List<DateMention> found = FINDER.find(text, published);
        assertEquals(1, found.size(), () -> "one mention in «" + text + "»: " + found);
        return found.get(0);
    }
}
