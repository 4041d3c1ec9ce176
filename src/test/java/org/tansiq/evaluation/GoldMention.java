package org.tansiq.evaluation;

/** A hand-annotated toponym: span in the article and the place it refers to. */
public record GoldMention(int start, int end, String surface, String place, String nameEn, double lat, double lon) {
}
