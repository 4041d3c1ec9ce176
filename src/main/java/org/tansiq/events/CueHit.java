package org.tansiq.events;

/** A cue phrase found in a text: its key and its span in the original text (end exclusive). */
record CueHit(String key, int start, int end) {

    boolean within(int from, int to) {
        return start >= from && end <= to;
    }
}
