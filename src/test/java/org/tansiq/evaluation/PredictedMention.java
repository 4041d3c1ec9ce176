package org.tansiq.evaluation;

/** What the geoparser said, reduced to what evaluation compares. */
public record PredictedMention(int start, int end, String surface, String place, double lat, double lon) {
}
