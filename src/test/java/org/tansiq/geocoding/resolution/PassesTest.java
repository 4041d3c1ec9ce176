package org.tansiq.geocoding.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.Trigger;
import org.tansiq.geocoding.ToponymSpan;

/** Each pass and filter on its own, with a few named places. */
class PassesTest {

    static final PlaceCandidate KIRKUK = place(1, "Kirkuk", "P", "PPLA", "IQ", "13", 1_031_000, 35.468, 44.392);
    static final PlaceCandidate KIRKUK_GOV = curated(2, "Kirkuk", "A", "ADM1", "13", 35.343, 44.151);
    static final PlaceCandidate ERBIL = place(3, "Erbil", "P", "PPLA", "IQ", "11", 1_612_700, 36.183, 44.012);
    static final PlaceCandidate BARDI_KIRKUK = place(4, "Bardi", "P", "PPL", "IQ", "13", 0, 35.75, 44.14);
    static final PlaceCandidate BARDI_FAR = place(5, "Bardi", "P", "PPL", "IQ", "02", 0, 30.5, 47.8);
    static final PlaceCandidate QARA_CHOGH = curated(6, "Qara Chogh", "T", "MTS", "11", 35.80, 43.62);
    static final PlaceCandidate CAEN = place(7, "Caen", "P", "PPLA2", "FR", "A2", 105_000, 49.18, -0.36);
    static final PlaceCandidate PARIS = place(8, "Paris", "P", "PPLC", "FR", "11", 2_138_551, 48.85, 2.35);

    static final ToponymSpan KIRKUK_SPAN = span("كركوك", null, KIRKUK, KIRKUK_GOV);

    @Nested
    class Importance {
        @Test
        void aBigCityOutranksASmallTown() {
            List<Candidate> c = candidates(KIRKUK, BARDI_KIRKUK);
            new ImportancePass().apply(doc(), KIRKUK_SPAN, c);
            assertTrue(c.get(0).score() > c.get(1).score() + 2);
        }
    }

    @Nested
    class FocusCountry {
        @Test
        void onlyCandidatesInTheFocusCountryGainPoints() {
            List<Candidate> c = candidates(KIRKUK, CAEN);
            assertTrue(new FocusCountryPass().apply(doc(), KIRKUK_SPAN, c));
            assertEquals(FocusCountryPass.POINTS, c.get(0).score());
            assertEquals(0, c.get(1).score());
        }
    }

    @Nested
    class TriggerType {
        @Test
        void muhafazaFavoursTheGovernorate() {
            List<Candidate> c = candidates(KIRKUK, KIRKUK_GOV);
            assertTrue(new TriggerTypePass().apply(doc(), span("كركوك", Trigger.GOVERNORATE, KIRKUK, KIRKUK_GOV), c));
            assertEquals(0, c.get(0).score());
            assertEquals(TriggerTypePass.POINTS + TriggerTypePass.LEVEL_POINTS, c.get(1).score());
        }

        /** «قضاء مندلي» and «ناحية مندلي»: COD-AB names a district and a sub-district alike. */
        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.CsvSource({"DISTRICT, ADM2", "SUBDISTRICT, ADM3"})
        void qadaNamesTheDistrictNahiyaTheSubDistrict(Trigger trigger, String level) {
            PlaceCandidate district = new PlaceCandidate(30, "Mandali", "مندلي", "Mandali", "A", "ADM2", "IQ", "10", 0,
                    "codab", "IQG10Q01", 33.7, 45.5, "IQG10", "IQG10Q01");
            PlaceCandidate subDistrict = new PlaceCandidate(31, "Mandali", "مندلي", "Mandali", "A", "ADM3", "IQ", "10",
                    0, "codab", "IQG10Q01N02", 33.75, 45.55, "IQG10", "IQG10Q01");
            List<Candidate> c = candidates(district, subDistrict);
            ToponymSpan span = span("مندلي", trigger, district, subDistrict);
            new ImportancePass().apply(doc(), span, c);
            new TriggerTypePass().apply(doc(), span, c);
            new NamesakeUnitPass().apply(doc(), span, c);
            Candidate best = c.get(0).score() > c.get(1).score() ? c.get(0) : c.get(1);
            assertEquals(level, best.place().featureCode(), c.toString());
        }

        @Test
        void noTriggerNoEvidence() {
            assertFalse(new TriggerTypePass().apply(doc(), KIRKUK_SPAN, candidates(KIRKUK, KIRKUK_GOV)));
        }
    }

    @Nested
    class SharedGovernorate {
        @Test
        void theBardiInKirkuksGovernorateWins() {
            ToponymSpan bardi = span("بردي", null, BARDI_KIRKUK, BARDI_FAR);
            List<Candidate> c = candidates(BARDI_KIRKUK, BARDI_FAR);
            new SharedGovernoratePass().apply(docWithAnchor(KIRKUK_SPAN, KIRKUK), bardi, c);
            assertEquals(SharedGovernoratePass.POINTS_PER_ANCHOR, c.get(0).score());
            assertEquals(0, c.get(1).score());
        }
    }

    @Nested
    class SpatialCoherence {
        @Test
        void nearerToTheAnchorsScoresHigher() {
            ToponymSpan bardi = span("بردي", null, BARDI_KIRKUK, BARDI_FAR);
            List<Candidate> c = candidates(BARDI_KIRKUK, BARDI_FAR);
            new SpatialCoherencePass().apply(docWithAnchor(KIRKUK_SPAN, KIRKUK), bardi, c);
            assertTrue(c.get(0).score() > 1.0 && c.get(1).score() < 0.1, c.toString());
        }

        @Test
        void aNameIsNoEvidenceForItself() {
            List<Candidate> c = candidates(KIRKUK, KIRKUK_GOV);
            assertFalse(new SpatialCoherencePass().apply(docWithAnchor(KIRKUK_SPAN, KIRKUK), KIRKUK_SPAN, c));
        }
    }

    @Nested
    class Containment {
        @Test
        void placesInsideANamedGovernorateGainPoints() {
            ToponymSpan gov = span("كركوك", Trigger.GOVERNORATE, KIRKUK_GOV);
            ToponymSpan bardi = span("بردي", null, BARDI_KIRKUK, BARDI_FAR);
            List<Candidate> c = candidates(BARDI_KIRKUK, BARDI_FAR);
            assertTrue(new ContainmentPass().apply(docWithAnchor(gov, KIRKUK_GOV), bardi, c));
            assertEquals(ContainmentPass.POINTS, c.get(0).score());
            assertEquals(0, c.get(1).score());
        }
    }

    @Nested
    class ForeignCommonWord {
        final ForeignCommonWordFilter filter = new ForeignCommonWordFilter();

        @Test
        void aForeignTownIsNotTakenOnAOneWordName() {
            assertFalse(filter.keep(doc(), span("كان", null, CAEN), CAEN));
        }

        @Test
        void foreignCapitalsAndLocalPlacesAre() {
            assertTrue(filter.keep(doc(), span("باريس", null, PARIS), PARIS));
            assertTrue(filter.keep(doc(), KIRKUK_SPAN, KIRKUK));
        }
    }

    @Nested
    class MinorPlace {
        final MinorPlaceFilter filter = new MinorPlaceFilter();

        @Test
        void aVillageNeedsEvidence() {
            ToponymSpan bardi = span("بردي", null, BARDI_FAR);
            assertFalse(filter.keep(doc(), bardi, BARDI_FAR));
            assertTrue(filter.keep(doc(), span("بردي", Trigger.SETTLEMENT, BARDI_FAR), BARDI_FAR), "after «قرية»");
            assertTrue(filter.keep(docWithAnchor(KIRKUK_SPAN, KIRKUK), span("بردي", null, BARDI_KIRKUK), BARDI_KIRKUK),
                    "near an anchor");
        }

        @Test
        void townsAndCuratedPlacesNeedNone() {
            assertTrue(filter.keep(doc(), KIRKUK_SPAN, KIRKUK));
            assertTrue(filter.keep(doc(), span("قرة جوخ", null, QARA_CHOGH), QARA_CHOGH));
        }
    }

    @Nested
    class NamesakeUnit {
        final PlaceCandidate town = new PlaceCandidate(20, "Makhmour", "مخمور", "Makhmour", "P", "PPLA2", "IQ", "11", 0,
                "geonames", "93818", 35.776, 43.580, "IQG11", "IQG11Q04");
        final PlaceCandidate district = new PlaceCandidate(21, "Makhmour", "مخمور", "Makhmour", "A", "ADM2", "IQ", "11",
                0, "codab", "IQG11Q04", 35.823, 43.652, "IQG11", "IQG11Q04");
        final PlaceCandidate governorate = new PlaceCandidate(22, "Kirkuk", "كركوك", "Kirkuk", "A", "ADM1", "IQ", "13", 0,
                "codab", "IQG13", 35.343, 44.151, "IQG13", null);
        final PlaceCandidate kirkukDistrict = new PlaceCandidate(23, "Kirkuk", "كركوك", "Kirkuk", "A", "ADM2", "IQ", "13",
                0, "codab", "IQG13Q04", 35.5, 44.3, "IQG13", "IQG13Q04");

        @Test
        void aBareNameIsTheTownNotTheDistrict() {
            List<Candidate> c = candidates(town, district);
            assertTrue(new NamesakeUnitPass().apply(doc(), span("مخمور", null, town, district), c));
            assertEquals(0, c.get(0).score());
            assertEquals(NamesakeUnitPass.BARE_NAME_PENALTY, c.get(1).score());
        }

        @Test
        void qadaMakesItTheDistrictEvenOverAGovernorate() {
            List<Candidate> c = candidates(governorate, kirkukDistrict);
            new ImportancePass().apply(doc(), span("كركوك", Trigger.DISTRICT, governorate, kirkukDistrict), c);
            new TriggerTypePass().apply(doc(), span("كركوك", Trigger.DISTRICT, governorate, kirkukDistrict), c);
            new NamesakeUnitPass().apply(doc(), span("كركوك", Trigger.DISTRICT, governorate, kirkukDistrict), c);
            assertTrue(c.get(1).score() > c.get(0).score(), c.toString());
        }

        @Test
        void nahiyaAlsoMakesItTheUnit() {
            List<Candidate> c = candidates(town, district);
            assertTrue(new NamesakeUnitPass().apply(doc(), span("مخمور", Trigger.SUBDISTRICT, town, district), c));
            assertEquals(NamesakeUnitPass.TRIGGER_POINTS, c.get(1).score());
            assertEquals(0, c.get(0).score());
        }

        @Test
        void aUnitWithANameOfItsOwnIsLeftAlone() {
            List<Candidate> c = candidates(district);
            assertFalse(new NamesakeUnitPass().apply(doc(), span("الرشاد", null, district), c));
        }
    }

    static Document doc() {
        return Document.start(List.of());
    }

    static Document docWithAnchor(ToponymSpan span, PlaceCandidate place) {
        return new Document(List.of(span), Document.DEFAULT_FOCUS_COUNTRY, List.of(new Document.Anchor(span, place)));
    }

    static List<Candidate> candidates(PlaceCandidate... places) {
        return java.util.Arrays.stream(places).map(Candidate::new).toList();
    }

    static ToponymSpan span(String key, Trigger trigger, PlaceCandidate... candidates) {
        return new ToponymSpan(0, key.length(), key, key, trigger, List.of(candidates));
    }

    static PlaceCandidate place(long id, String name, String fclass, String fcode, String cc, String admin1, long pop,
            double lat, double lon) {
        return new PlaceCandidate(id, name, name, name, fclass, fcode, cc, admin1, pop, "geonames", Long.toString(id),
                lat, lon);
    }

    static PlaceCandidate curated(long id, String name, String fclass, String fcode, String admin1, double lat,
            double lon) {
        return new PlaceCandidate(id, name, name, name, fclass, fcode, "IQ", admin1, 0, "curated", "c" + id, lat, lon);
    }
}
