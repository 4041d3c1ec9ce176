package org.tansiq.geocoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.gazetteer.Trigger;

class ToponymResolverTest {

    static final PlaceCandidate KIRKUK = GazetteerMatcherTest.KIRKUK;
    static final PlaceCandidate KIRKUK_GOV = GazetteerMatcherTest.KIRKUK_GOV;
    static final PlaceCandidate CAEN = new PlaceCandidate(20, "Caen", "كان", "Caen", "P", "PPLA2", "FR", "A2",
            105_000, "geonames", "2940000", 49.18, -0.36);
    static final PlaceCandidate WASHINGTON = new PlaceCandidate(21, "Washington", "واشنطن", "Washington", "P",
            "PPLC", "US", "DC", 689_545, "geonames", "4140963", 38.9, -77.0);

    final ToponymResolver resolver = new ToponymResolver();

    @Test
    void aCityNameWithoutTriggerMeansTheCity() {
        ResolvedMention m = resolve(null, KIRKUK, KIRKUK_GOV);
        assertEquals(KIRKUK, m.place());
        assertEquals(List.of(KIRKUK_GOV), m.alternatives());
    }

    @Test
    void afterMuhafazaTheSameNameMeansTheGovernorate() {
        assertEquals(KIRKUK_GOV, resolve(Trigger.GOVERNORATE, KIRKUK, KIRKUK_GOV).place());
    }

    @Test
    void aOneWordForeignTownIsNotTakenOnItsNameAlone() {
        List<ResolvedMention> out = resolver.resolve(List.of(span("كان", null, CAEN)));
        assertTrue(out.isEmpty());
    }

    @Test
    void foreignCapitalsAreTaken() {
        assertEquals(WASHINGTON, resolver.resolve(List.of(span("واشنطن", null, WASHINGTON))).get(0).place());
    }

    @Test
    void confidenceIsHigherWhenTheNameIsUnambiguous() {
        double alone = resolve(null, KIRKUK).confidence();
        double shared = resolve(null, KIRKUK, KIRKUK_GOV).confidence();
        assertTrue(alone > shared, alone + " vs " + shared);
        assertTrue(alone <= 1.0 && shared > 0.5);
    }

    private ResolvedMention resolve(Trigger trigger, PlaceCandidate... candidates) {
        return resolver.resolve(List.of(span("كركوك", trigger, candidates))).get(0);
    }

    private static ToponymSpan span(String key, Trigger trigger, PlaceCandidate... candidates) {
        return new ToponymSpan(0, key.length(), key, key, trigger, List.of(candidates));
    }
}
