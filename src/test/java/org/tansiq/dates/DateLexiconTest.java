package org.tansiq.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resource files read as intended: every month in both families, spelling variants folded. */
class DateLexiconTest {

    static final DateLexicon LEXICON = DateLexicon.standard();

    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({
            "كانون الثاني, يناير, 1",
            "شباط, فبراير, 2",
            "آذار, مارس, 3",
            "نيسان, أبريل, 4",
            "أيار, مايو, 5",
            "حزيران, يونيو, 6",
            "تموز, يوليو, 7",
            "آب, أغسطس, 8",
            "أيلول, سبتمبر, 9",
            "تشرين الأول, أكتوبر, 10",
            "تشرين الثاني, نوفمبر, 11",
            "كانون الأول, ديسمبر, 12",
    })
    void bothMonthFamilies(String levantine, String egyptian, int month) {
        assertEquals(month, LEXICON.month(DateLexicon.normalize(levantine)));
        assertEquals(month, LEXICON.month(DateLexicon.normalize(egyptian)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ايار, 5", "إيار, 5", "ابريل, 4", "إبريل, 4", "يونيه, 6", "يوليه, 7", "اغسطس, 8", "اكتوبر, 10",
            "تشرين  الاول, 10", "كانون ثاني, 1", "آذار, 3", "اذار, 3"})
    void spellingVariants(String name, int month) {
        assertEquals(month, LEXICON.month(DateLexicon.normalize(name)));
    }

    @Test
    void everyWeekday() {
        String[] names = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
        for (int i = 0; i < names.length; i++) {
            assertEquals(DayOfWeek.of(i + 1), LEXICON.weekday(DateLexicon.normalize(names[i])), names[i]);
        }
        assertEquals(DayOfWeek.MONDAY, LEXICON.weekday(DateLexicon.normalize("الإثنين")));
    }

    @Test
    void wordsCarryTheirValues() {
        assertEquals("past", LEXICON.value("dir", DateLexicon.normalize("الماضية")));
        assertEquals("next", LEXICON.value("dir", DateLexicon.normalize("القادم")));
        assertEquals("-2", LEXICON.value("offset", DateLexicon.normalize("أول من أمس")));
        assertEquals("day:2", LEXICON.value("unit", DateLexicon.normalize("يومين")));
        assertNotNull(LEXICON.value("future", DateLexicon.normalize("من المقرر")));
    }
}
