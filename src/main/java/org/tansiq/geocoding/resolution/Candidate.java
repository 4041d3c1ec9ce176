package org.tansiq.geocoding.resolution;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tansiq.gazetteer.PlaceCandidate;

/** A place a name may mean, with its score and which pass contributed what (for debugging). */
public final class Candidate {

    private final PlaceCandidate place;
    private double score;
    // Each pass's points in plain arrays, not a map: the resolver makes a candidate for every
    // place of every name three times per text, and the breakdown is read only when debugging.
    private String[] passes = new String[4];
    private double[] points = new double[4];
    private int count;

    public Candidate(PlaceCandidate place) {
        this.place = place;
    }

    public PlaceCandidate place() {
        return place;
    }

    public double score() {
        return score;
    }

    /** Adds a pass's evidence; zero is not recorded. */
    public void add(String pass, double points) {
        if (points == 0) {
            return;
        }
        score += points;
        if (count == passes.length) {
            passes = Arrays.copyOf(passes, count * 2);
            this.points = Arrays.copyOf(this.points, count * 2);
        }
        passes[count] = pass;
        this.points[count++] = points;
    }

    /** Points by pass, in the order the passes ran. */
    public Map<String, Double> contributions() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            out.merge(passes[k], points[k], Double::sum);
        }
        return out;
    }

    @Override
    public String toString() {
        return place.nameEn() + "(" + place.id() + ")=" + Math.round(score * 100) / 100.0 + contributions();
    }
}
