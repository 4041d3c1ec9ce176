package org.tansiq.events;

import java.util.ArrayList;
import java.util.List;
import org.tansiq.geocoding.ResolvedMention;

/**
 * Security gaps. A sentence states one when it has a gap phrase («الفراغ الأمني», «المناطق
 * الفارغة»), or when it says ISIS uses an area («داعش استغل هذه المنطقة», «يتحصن فيها داعش»):
 * that is supporting evidence of a gap, and the event then has {@link Actors#ISIS} among its
 * actors ({@link ExtractedEvent#exploitedByIsis()}). One event a sentence.
 *
 * <p>A gap is an area statement, so its places are every place the sentence names except origins,
 * reference points («جنوب غرب أربيل»), parties («بين بغداد وأربيل») and countries or regions. A
 * sentence that names none but points back («تلك المناطق», «هذه المنطقة») takes the places of the
 * sentence before. A statement about the areas between the two sides' lines in general keeps no
 * place: the layer maps it to the disputed territories.
 */
final class GapStatements {

    private final ArticleReading article;

    GapStatements(ArticleReading article) {
        this.article = article;
    }

    List<ExtractedEvent> read(Sentence s, Sentence before) {
        List<CueHit> hits = EventCues.Hits.in(article.hits.gaps(), s.start(), s.end());
        List<CueHit> gapPhrases = EventCues.Hits.keyed(hits, EventCues.GAP);
        List<CueHit> exploits = EventCues.Hits.keyed(hits, EventCues.EXPLOITS);
        List<String> actors = new ArrayList<>(article.actors(s.start(), s.end()));
        boolean isisExploits = !exploits.isEmpty() && actors.contains(Actors.ISIS);
        if (gapPhrases.isEmpty() && !isisExploits) {
            return List.of();
        }
        if (!isisExploits) {
            actors.remove(Actors.ISIS);
        }
        List<ResolvedMention> places = areaPlaces(s);
        boolean pointsBack = hits.stream().anyMatch(h -> h.key().equals(EventCues.AREA_ANAPHOR));
        if (places.isEmpty() && pointsBack && before != null) {
            places = areaPlaces(before);
        }
        int anchor = (gapPhrases.isEmpty() ? exploits : gapPhrases).get(0).start();
        return List.of(article.event(EventKind.SECURITY_GAP, null, s, anchor, places, actors));
    }

    private List<ResolvedMention> areaPlaces(Sentence s) {
        PlaceGrammar grammar = article.cues.grammar;
        List<ResolvedMention> places = new ArrayList<>();
        ResolvedMention lastParty = null;
        for (ResolvedMention m : s.mentions()) {
            boolean party = grammar.isParty(article.text, s.start(), m) || lastParty != null
                    && article.text.substring(lastParty.end(), m.start()).strip().equals("و");
            lastParty = party ? m : null;
            if (party || grammar.isTooWide(m) || grammar.isOrigin(article.text, s.start(), m)
                    || grammar.isReference(article.text, s.start(), m)) {
                continue;
            }
            places.add(m);
        }
        return places;
    }
}
