package org.tansiq.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tansiq.geocoding.Geoparser;

/**
 * A centre's status is what its clause asserts: the future, a negation and what an agreement
 * contains speak of the event words around them, whatever their order (centre-status.txt, phrases
 * marked /modal); the phrasings news uses for a centre that started work read as opened; one
 * side's consent is an agreement unless a contrast follows it.
 */
@QuarkusTest
class CentreStatusPhrasingTest {

    @Inject
    Geoparser geoparser;

    @Inject
    EventExtractor extractor;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "افتتاح مركز التنسيق المشترك في كركوك الشهر المقبل. | planned",
            "غداً ستبدأ غرفة العمليات المشتركة في مخمور عملها. | planned",
            "الاتفاق يتضمن افتتاح مركز تنسيق مشترك في خانقين. | agreed",
            "لم يتم فتح مركز التنسيق المشترك في سنجار حتى الآن. | not_running",
            "مركز التنسيق المشترك في كركوك باشر أعماله أمس. | opened",
            "تم افتتاح مركز التنسيق المشترك في مخمور. | opened",
            "وافقت الحكومة على فتح مركز تنسيق مشترك في كركوك. | agreed",
            "وافقت الحكومة على فتح مركز تنسيق مشترك في كركوك، الا ان الاقليم طالب بالمزيد. | proposed",
    })
    void theStatusIsWhatTheClauseAsserts(String sentence, String status) {
        List<ExtractedEvent> events = extractor.extract(sentence, geoparser.parse(sentence), LocalDate.of(2021, 5, 24))
                .stream().filter(e -> e.kind() == EventKind.COORDINATION_CENTRE).toList();
        assertEquals(1, events.size(), () -> "one centre in «" + sentence + "»: " + events);
        assertEquals(status, events.get(0).status().json(), sentence);
    }
}
