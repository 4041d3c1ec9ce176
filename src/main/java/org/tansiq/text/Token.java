package org.tansiq.text;

/** A run of letters or digits in normalised text; offsets are normalised-text offsets. */
public record Token(int start, int end, String text) {
}
