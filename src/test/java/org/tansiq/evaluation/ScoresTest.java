package org.tansiq.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {

    static final GoldMention KIRKUK = new GoldMention(0, 5, "كركوك", "geonames:94787", "Kirkuk", 35.468, 44.392);
    static final GoldMention ERBIL = new GoldMention(10, 15, "اربيل", "geonames:95446", "Erbil", 36.183, 44.012);

    @Test
    void spansMustMatchExactlyAndPlacesAreJudgedOnTheMatchedOnes() {
        List<PredictedMention> predicted = List.of(
                new PredictedMention(0, 5, "كركوك", "curated:gov-kirkuk", 35.343, 44.151), // 26 km off, other id
                new PredictedMention(9, 15, "واربيل", "geonames:95446", 36.183, 44.012),  // wrong span
                new PredictedMention(20, 25, "بغداد", "geonames:98182", 33.34, 44.40));   // spurious
        Scores s = Scores.of(List.of(KIRKUK, ERBIL), predicted);
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.4, s.f1(), 1e-9);
        assertEquals(1.0, s.accuracyAt161(), 1e-9);
        assertEquals(0.0, s.exactPlaceRate(), 1e-9);
        assertEquals(26, s.medianErrorKm(), 1.5);
    }

    @Test
    void sumsPoolMentionsNotRatios() {
        Scores a = Scores.of(List.of(KIRKUK), List.of(new PredictedMention(0, 5, "كركوك", "geonames:94787", 35.468, 44.392)));
        Scores b = Scores.of(List.of(ERBIL), List.of());
        Scores all = Scores.sum(List.of(a, b));
        assertEquals(2, all.gold());
        assertEquals(0.5, all.recall(), 1e-9);
        assertEquals(1.0, all.precision(), 1e-9);
    }
}
