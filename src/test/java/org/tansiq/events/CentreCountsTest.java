package org.tansiq.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tansiq.geocoding.Geoparser;

/**
 * A statement that counts centres it does not place («فتح ثلاثة مراكز تنسيق») is followed by
 * their list: each item that names a place is one of them (issue 10: counts), its status from
 * its own words; the list ends with the first line that is no item, or with the count.
 */
@QuarkusTest
class CentreCountsTest {

    @Inject
    Geoparser geoparser;

    @Inject
    EventExtractor extractor;

    private List<ExtractedEvent> centres(String text) {
        // The counting statement itself places nothing: its event (if it states a status) has no place.
        return extractor.extract(text, geoparser.parse(text), LocalDate.of(2020, 8, 20)).stream()
                .filter(e -> e.kind() == EventKind.COORDINATION_CENTRE && !e.places().isEmpty()).toList();
    }

    private static List<String> places(List<ExtractedEvent> events) {
        return events.stream().map(e -> e.places().get(0).nameEn()).toList();
    }

    @Test
    void eachItemOfTheListIsACentre() {
        List<ExtractedEvent> events = centres("""
                تمت الموافقة على فتح ثلاثة مراكز تنسيق مشترك مع الإقليم.
                وأشار الكتاب إلى المواقع الآتية:
                أ – مقر في قضاء خانقين.
                ب – مقر في مخمور.
                ج – مقر في سنجار.
                """);
        assertEquals(List.of("Khanaqin", "Makhmour", "Sinjar"), places(events));
        events.forEach(e -> assertEquals(CentreStatus.UNKNOWN, e.status()));
    }

    @Test
    void theListEndsWithTheCountAndWithAnyOtherLine() {
        List<ExtractedEvent> events = centres("""
                تقرر فتح ثلاث غرف عمليات.
                ١- مقر في مخمور.
                وقال مسؤول إن الهجوم وقع في سنجار.
                - مقر في كركوك.
                """);
        assertEquals(List.of("Makhmour"), places(events));
    }
}
