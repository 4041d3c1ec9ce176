package org.tansiq.gazetteer;

/**
 * Fired (CDI, synchronously) when the gazetteer is up to date at start: every file loaded and the
 * administrative codes assigned. What is derived from the gazetteer (the reference areas)
 * observes it rather than being called from here, so the gazetteer knows nothing of the layers.
 *
 * @param changed whether a gazetteer file was loaded this time
 */
public record GazetteerLoaded(boolean changed) {
}
