package org.tansiq.events;

import java.util.ArrayList;
import java.util.List;
import org.tansiq.geocoding.ResolvedMention;

/**
 * Operations, attacks and deployments: one event per kind per sentence, with the places the kind's
 * cue governs (no other statement noun between) and puts it at: after a locative («انتشرت قوات
 * أمريكية في كركوك»), right after the cue («دخلت كركوك», «حملة مخمور», «معركة الموصل»), or next
 * in a list; not origins («من بغداد») nor reference points («جنوب غرب أربيل»).
 *
 * <p>Only what the text says happened, where: a statement that names no place is left out (it
 * cannot go on a map), and so is a clause that speaks of the future or of a wish («سنشن قريباً
 * عمليات تمشيط», «أمله في ... عمليات مشتركة»).
 */
final class IncidentStatements {

    private final ArticleReading article;

    IncidentStatements(ArticleReading article) {
        this.article = article;
    }

    List<ExtractedEvent> read(Sentence s) {
        List<ExtractedEvent> events = new ArrayList<>();
        List<CueHit> nouns = article.hits.nouns(s.start(), s.end(), false);
        for (EventKind kind : List.of(EventKind.OPERATION, EventKind.ATTACK, EventKind.DEPLOYMENT)) {
            List<ResolvedMention> places = new ArrayList<>();
            CueHit anchor = null;
            ResolvedMention previous = null;
            for (ResolvedMention m : s.mentions()) {
                CueHit governor = CentreStatements.governor(nouns, m);
                if (governor == null || !governor.key().equals(kind.json()) || !placed(s, governor, previous, m)) {
                    previous = null;
                    continue;
                }
                int[] clause = s.clauseAt(governor.start());
                if (article.cues.grammar.isFuture(article.text, clause[0], clause[1])) {
                    continue;
                }
                places.add(m);
                previous = m;
                anchor = anchor == null ? governor : anchor;
            }
            if (!places.isEmpty()) {
                events.add(article.event(kind, null, s, anchor.start(), places, article.actors(s.start(), s.end())));
            }
        }
        return events;
    }

    private boolean placed(Sentence s, CueHit governor, ResolvedMention previous, ResolvedMention m) {
        PlaceGrammar g = article.cues.grammar;
        if (g.isTooWide(m) || g.isOrigin(article.text, s.start(), m) || g.isReference(article.text, s.start(), m)) {
            return false;
        }
        return previous != null && g.link(article.text, previous, m) != PlaceGrammar.ListLink.NONE
                || g.isLocative(article.text, s.start(), m) || g.followsDirectly(article.text, governor.end(), m);
    }
}
