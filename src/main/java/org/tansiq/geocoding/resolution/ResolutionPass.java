package org.tansiq.geocoding.resolution;

import java.util.List;
import org.tansiq.geocoding.ToponymSpan;

/**
 * One kind of evidence about which place a name means (CLIFF's passes): adds points to the
 * candidates of one span, given the whole document. Small, named, tested on its own.
 *
 * <p>A pass (and a {@link CandidateFilter}) may read of the span only its name key and its
 * trigger, never its position: the resolver ranks each name once per trigger and round, and
 * every mention of that name shares the ranking («كركوك» ten times in a text costs one).
 */
public interface ResolutionPass {

    /** A short name, used as the key of its contributions. */
    String name();

    /** What evidence it weighs, for people reading the debug output. */
    String description();

    /** Adds points; returns true if it changed any candidate's score (it "fired"). */
    boolean apply(Document doc, ToponymSpan span, List<Candidate> candidates);
}
