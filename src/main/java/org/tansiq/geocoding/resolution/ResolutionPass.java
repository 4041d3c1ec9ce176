package org.tansiq.geocoding.resolution;

import java.util.List;
import org.tansiq.geocoding.ToponymSpan;

/**
 * One kind of evidence about which place a name means (CLIFF's passes): adds points to the
 * candidates of one span, given the whole document. Small, named, tested on its own.
 */
public interface ResolutionPass {

    /** A short name, used as the key of its contributions. */
    String name();

    /** What evidence it weighs, for people reading the debug output. */
    String description();

    /** Adds points; returns true if it changed any candidate's score (it "fired"). */
    boolean apply(Document doc, ToponymSpan span, List<Candidate> candidates);
}
