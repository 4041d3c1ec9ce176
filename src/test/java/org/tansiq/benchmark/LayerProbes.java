package org.tansiq.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark asks one layer: its first pages (name to path), where the walk to a deep
 * page starts, which page is loaded for throughput, and which pages have a plain-SQL baseline
 * slot (filled or "n/a", see {@link SqlBaselines}). URLs are the API's, fixed by the README.
 */
record LayerProbes(String id, Map<String, String> firstPages, String loadPageName, List<String> baselinePages) {

    static final String ITEMS = "/api/collections/%s/items";

    String loadPage() {
        return firstPages.get(loadPageName);
    }

    /** The deep-page walk starts at the loaded page (limit 100; for dated layers, the middle date). */
    String deepStart() {
        return loadPage();
    }

    /**
     * Every layer of issue 9. Centres and uncovered areas are asked at four dates spread over the
     * corpus (a quarter, half, three quarters, its last day): their status depends on the day.
     */
    static List<LayerProbes> all(LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        LocalDate[] dates = {first.plusDays(days / 4), first.plusDays(days / 2), first.plusDays(3 * days / 4), last};
        return List.of(
                new LayerProbes("events", pages("events", "first", "?limit=100", "bbox", "?bbox=44,35,45,36&limit=1000"),
                        "first", List.of("first", "bbox", "deep")),
                new LayerProbes("places", pages("places", "first", "?limit=100"), "first", List.of("first", "deep")),
                dated("coordination-centres", dates),
                new LayerProbes("security-gaps", pages("security-gaps", "first", "?limit=100"), "first",
                        List.of("first", "deep")),
                dated("uncovered-areas", dates));
    }

    private static LayerProbes dated(String id, LocalDate[] dates) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (LocalDate d : dates) {
            pages.put("first@" + d, ITEMS.formatted(id) + "?limit=100&datetime=" + d);
        }
        return new LayerProbes(id, pages, "first@" + dates[1], List.of("first", "deep"));
    }

    private static Map<String, String> pages(String id, String... nameAndQuery) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndQuery.length; i += 2) {
            m.put(nameAndQuery[i], ITEMS.formatted(id) + nameAndQuery[i + 1]);
        }
        return m;
    }
}
