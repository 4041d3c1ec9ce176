package org.tansiq.events;

/** A place an extracted event concerns: the gazetteer place a mention of the sentence resolved to. */
public record EventPlace(long placeId, String name, String nameEn, double lat, double lon, int mentionStart,
        int mentionEnd) {
}
