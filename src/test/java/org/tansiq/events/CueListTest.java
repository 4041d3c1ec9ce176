package org.tansiq.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tansiq.text.ArabicNormalizer;

class CueListTest {

    static final CueList STATUSES = CueList.load("events/centre-status.txt");
    static final CueList CENTRES = CueList.load("events/centres.txt");

    @ParameterizedTest
    @CsvSource({
            "سيتم فتح مركز, planned/modal, سيتم",
            "وتمّ فتح المركز, opened, تمّ فتح",
            "باشر مهامه أمس, opened, باشر مهامه",
            "لم تنطلق فعلياً, not_running/modal, لم تنطلق",
            "ومن المقرّر فتح, planned/modal, من المقرّر",
            "وستُفتَح لاحقاً, planned/modal, ستُفتَح",
            "باشرت أعمالها أمس, opened, باشرت أعمالها",
            "لم يتم فتح المركز, not_running/modal, لم يتم فتح",
            "الاتفاق يتضمن فتح, agreed/modal, يتضمن",
    })
    void findsTheFirstStatusInOriginalOffsets(String text, String status, String surface) {
        CueHit hit = STATUSES.find(ArabicNormalizer.normalize(text)).get(0);
        assertEquals(status, hit.key());
        assertEquals(surface, text.substring(hit.start(), hit.end()));
    }

    @ParameterizedTest
    @CsvSource({
            "في مركز تنسيق مشترك, مركز تنسيق",
            "بمراكز التنسيق المشترك, مراكز التنسيق",
            "أربع غرف للفعاليات المشتركة, غرف للفعاليات المشتركة",
            "فتح غرفتي عمليات مشتركتين, غرفتي عمليات",
    })
    void findsCentrePhrasesWithProclitics(String text, String surface) {
        List<CueHit> hits = CENTRES.find(ArabicNormalizer.normalize(text));
        assertEquals(surface, text.substring(hits.get(0).start(), hits.get(0).end()));
    }

    @ParameterizedTest
    @CsvSource({"التنسيقية", "مركزية التنسيق"})
    void matchesWholeWordsOnly(String text) {
        assertEquals(List.of(), CENTRES.find(ArabicNormalizer.normalize(text)));
    }
}
