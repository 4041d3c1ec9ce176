package org.tansiq.geocoding.resolution;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tansiq.gazetteer.PlaceCandidate;

/** A place a name may mean, with its score and which pass contributed what (for debugging). */
public final class Candidate {

    private final PlaceCandidate place;
    private final Map<String, Double> contributions = new LinkedHashMap<>();
    private double score;

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
        if (points != 0) {
            score += points;
            contributions.merge(pass, points, Double::sum);
        }
    }

    public Map<String, Double> contributions() {
        return contributions;
    }

    @Override
    public String toString() {
        return place.nameEn() + "(" + place.id() + ")=" + Math.round(score * 100) / 100.0 + contributions;
    }
}
