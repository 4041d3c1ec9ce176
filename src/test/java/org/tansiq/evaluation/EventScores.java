package org.tansiq.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Event extraction scored against a gold: an event counts as found when kind, sentence and
 * place set agree (status and date are judged apart, on the found ones, so a right centre with a
 * wrong status costs status accuracy, not recall). Within one sentence and place set, gold and
 * predicted events are paired equal status first.
 */
public record EventScores(Map<String, int[]> perKind, int statusPairs, int statusRight, int datePairs, int dateRight,
        int actorsRight, List<Map<String, Object>> differences) {

    /** One event reduced to what is compared. */
    public record Item(String kind, String status, String date, String precision, List<String> places,
            List<String> actors, int start, int end) {

        /**
         * The same event: the same kind at the same places, in overlapping text. Character overlap,
         * not equal offsets, so the gold's sentences need not be the system's: a sentence split
         * differently still pairs, and a split error cannot hide.
         */
        boolean matches(Item other) {
            return kind.equals(other.kind) && start < other.end && other.start < end
                    && places.stream().sorted().toList().equals(other.places.stream().sorted().toList());
        }
    }

    public static EventScores of(List<Item> gold, List<Item> predicted) {
        Map<String, int[]> perKind = new LinkedHashMap<>();
        List<Map<String, Object>> differences = new ArrayList<>();
        gold.forEach(g -> count(perKind, g.kind())[0]++);
        predicted.forEach(p -> count(perKind, p.kind())[1]++);
        int statusPairs = 0;
        int statusRight = 0;
        int datePairs = 0;
        int dateRight = 0;
        int actorsRight = 0;
        // Each gold event's predicted partner, by position; same status first, so that two statuses
        // of one sentence pair with their own.
        Item[] partner = new Item[gold.size()];
        List<Item> unpaired = new ArrayList<>(predicted);
        for (boolean sameStatus : new boolean[] {true, false}) {
            for (int i = 0; i < gold.size(); i++) {
                Item g = gold.get(i);
                for (Iterator<Item> it = unpaired.iterator(); partner[i] == null && it.hasNext(); ) {
                    Item p = it.next();
                    if (g.matches(p) && (!sameStatus || Objects.equals(p.status(), g.status()))) {
                        partner[i] = p;
                        it.remove();
                    }
                }
            }
        }
        List<Item[]> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (partner[i] == null) {
                differences.add(Map.of("missed", gold.get(i)));
            } else {
                pairs.add(new Item[] {gold.get(i), partner[i]});
            }
        }
        for (Item[] pair : pairs) {
            count(perKind, pair[0].kind())[2]++;
            if (pair[0].status() != null) {
                statusPairs++;
                statusRight += Objects.equals(pair[0].status(), pair[1].status()) ? 1 : 0;
            }
            datePairs++;
            boolean date = Objects.equals(pair[0].date(), pair[1].date()) && Objects.equals(pair[0].precision(), pair[1].precision());
            dateRight += date ? 1 : 0;
            boolean actors = pair[0].actors().stream().sorted().toList().equals(pair[1].actors().stream().sorted().toList());
            actorsRight += actors ? 1 : 0;
            if (!date || !Objects.equals(pair[0].status(), pair[1].status()) || !actors) {
                differences.add(Map.of("gold", pair[0], "predicted", pair[1]));
            }
        }
        unpaired.forEach(extra -> differences.add(Map.of("spurious", extra)));
        return new EventScores(perKind, statusPairs, statusRight, datePairs, dateRight, actorsRight, differences);
    }

    public static EventScores sum(Collection<EventScores> parts) {
        Map<String, int[]> perKind = new LinkedHashMap<>();
        int sp = 0;
        int sr = 0;
        int dp = 0;
        int dr = 0;
        int ar = 0;
        List<Map<String, Object>> differences = new ArrayList<>();
        for (EventScores s : parts) {
            s.perKind.forEach((k, v) -> {
                int[] c = count(perKind, k);
                for (int i = 0; i < 3; i++) {
                    c[i] += v[i];
                }
            });
            sp += s.statusPairs;
            sr += s.statusRight;
            dp += s.datePairs;
            dr += s.dateRight;
            ar += s.actorsRight;
            differences.addAll(s.differences);
        }
        return new EventScores(perKind, sp, sr, dp, dr, ar, differences);
    }

    /** {gold, predicted, found} of one kind, or of all kinds for null. */
    public int[] counts(String kind) {
        if (kind != null) {
            return perKind.getOrDefault(kind, new int[3]);
        }
        int[] all = new int[3];
        perKind.values().forEach(c -> {
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        return all;
    }

    public double precision(String kind) {
        int[] c = counts(kind);
        return c[1] == 0 ? (c[0] == 0 ? 1 : 0) : (double) c[2] / c[1];
    }

    public double recall(String kind) {
        int[] c = counts(kind);
        return c[0] == 0 ? (c[1] == 0 ? 1 : 0) : (double) c[2] / c[0];
    }

    public double f1(String kind) {
        double p = precision(kind);
        double r = recall(kind);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double statusAccuracy() {
        return statusPairs == 0 ? 1 : (double) statusRight / statusPairs;
    }

    public double dateAccuracy() {
        return datePairs == 0 ? 1 : (double) dateRight / datePairs;
    }

    public double actorAccuracy() {
        return datePairs == 0 ? 1 : (double) actorsRight / datePairs;
    }

    private static int[] count(Map<String, int[]> perKind, String kind) {
        return perKind.computeIfAbsent(kind, k -> new int[3]);
    }
}
