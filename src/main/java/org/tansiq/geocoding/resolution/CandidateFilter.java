package org.tansiq.geocoding.resolution;

import org.tansiq.gazetteer.PlaceCandidate;
import org.tansiq.geocoding.ToponymSpan;

/** A precision guard: candidates it rejects are not places this name can mean here. */
public interface CandidateFilter {

    String name();

    boolean keep(Document doc, ToponymSpan span, PlaceCandidate place);
}
