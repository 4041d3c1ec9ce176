package org.tansiq.events;

import java.time.LocalDate;
import java.util.List;
import org.tansiq.dates.TimePrecision;

/**
 * One fact a sentence states: a coordination centre (with its status), a security gap, an
 * operation, an attack or a deployment, with its places, actors, date and the sentence itself.
 *
 * @param status the centre's status for {@link EventKind#COORDINATION_CENTRE}; null for other kinds
 * @param date the date the sentence gives the fact (null when not even the publication date is known)
 * @param places the places it concerns; empty for a statement about the disputed territories in general
 * @param actors parties in canonical form ({@link Actors}): {@code iraqi_forces}, {@code peshmerga}...
 * @param quote the sentence, as in the original text
 * @param start original-text offset of the sentence (inclusive, UTF-16)
 * @param end original-text offset of the sentence (exclusive)
 */
public record ExtractedEvent(EventKind kind, CentreStatus status, LocalDate date, TimePrecision timePrecision,
        List<EventPlace> places, List<String> actors, String quote, int start, int end) {

    /**
     * A security gap the sentence backs with ISIS using the area («داعش استغل هذه المنطقة»): the
     * extractor puts {@link Actors#ISIS} among a gap's actors only then. Not a record component,
     * so the JSON stays as the contract has it.
     */
    public boolean exploitedByIsis() {
        return kind == EventKind.SECURITY_GAP && actors.contains(Actors.ISIS);
    }
}
