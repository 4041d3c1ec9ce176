package org.tansiq.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tansiq.geocoding.ResolvedMention;

/**
 * Coordination centres. A sentence with a centre phrase is a centre statement. Its places are the
 * names the centre phrase governs (no other statement noun between them) and puts it at: after a
 * locative («مركز تنسيق مشترك في كركوك»), right after the phrase («غرفة عمليات ديالى»), or next
 * in a list. A list item (a comma or «و» before it) is a centre of its own, so «في بغداد وأربيل،
 * والبقية في كل من كركوك، مخمور...» gives one centre per place; a name that narrows the one before
 * («في معسكر K1 بمدينة كركوك», «في ديالى باشر مهامه ... في خانقين») stays with it.
 *
 * <p>Status: the first status phrase of the place's clause (a modal one first: the future, a
 * negation, what an agreement contains, which speak of the event words around them), else of the
 * centre phrase's clause,
 * else that of the clause of the nearest status phrase before it in the sentence (its modal one
 * first), else after, else unknown. A statement
 * that places no centre gives one placeless event per distinct status its clauses state («تم
 * الاتفاق على إنشاء مراكز ... إلا أنها لم تنطلق ... وسط توقعات أن يتم ذلك الشهر المقبل»: agreed,
 * not running, planned), each dated by the date nearest its status phrase; none when it states
 * no status (a passing mention such as «حول مراكز التنسيق»).
 *
 * <p>Parties: those the sentence names (ISIS is never a party to a centre); when it names none,
 * those of the nearest earlier centre statement of the article that does; failing that, the two
 * parties the article names most often.
 */
final class CentreStatements {

    /** The mark of a status phrase said of the event words around it (centre-status.txt). */
    private static final String MODAL = "/modal";
    /** The mark of one side's consent: agreed, unless a contrast follows in the sentence (centre-status.txt). */
    private static final String CONSENT = "/consent";

    private final ArticleReading article;
    private List<String> lastParties = List.of();

    CentreStatements(ArticleReading article) {
        this.article = article;
    }

    private record Group(CueHit centre, List<ResolvedMention> places) {
    }

    List<ExtractedEvent> read(Sentence s) {
        List<CueHit> centres = EventCues.Hits.in(article.hits.centres(), s.start(), s.end());
        if (centres.stream().noneMatch(h -> h.key().equals(EventCues.CENTRE))) {
            return enumerated(s);
        }
        enumeration = null;
        List<CueHit> statuses = statuses(s);
        List<String> parties = parties(s);
        List<Group> groups = groups(s);
        List<ExtractedEvent> events = new ArrayList<>();
        if (!groups.isEmpty()) {
            for (Group g : groups) {
                CueHit status = statusFor(s, g, statuses);
                CentreStatus value = status == null ? CentreStatus.UNKNOWN : statusOf(status, s);
                int anchor = status != null ? status.start() : g.centre().start();
                events.add(article.event(EventKind.COORDINATION_CENTRE, value, s, anchor, g.places(), parties));
            }
            return events;
        }
        Map<CentreStatus, CueHit> byStatus = new LinkedHashMap<>();
        for (int[] clause : s.clauses()) {
            CueHit h = firstIn(statuses, clause);
            if (h != null) {
                byStatus.putIfAbsent(statusOf(h, s), h);
            }
        }
        int count = Counts.of(article.text, s.start(), centres);
        if (count > 1) {
            // «فتح أربعة مراكز تنسيق ...:» then «أ – ... في خانقين.», «ب – ... في مخمور.»: the items
            // that follow are the centres, one each (below).
            enumeration = new Enumeration(parties, count, 1);
        }
        byStatus.forEach((status, hit) ->
                events.add(article.event(EventKind.COORDINATION_CENTRE, status, s, hit.start(), List.of(), parties)));
        return events;
    }

    /** Centres announced by a count and placed by the list items after it, with what is left of them. */
    private record Enumeration(List<String> parties, int left, int bridges) {
    }

    private Enumeration enumeration;

    /**
     * A sentence after a counted, unplaced centre statement: an item of a list («أ – ...»,
     * «2- ...», «- ...») that names a place is one of the announced centres; one sentence
     * between them that ends with a colon («... من بينها:») may introduce the list. Anything else
     * ends the list.
     */
    private List<ExtractedEvent> enumerated(Sentence s) {
        Enumeration e = enumeration;
        if (e == null) {
            return List.of();
        }
        if (!Counts.isListItem(article.text, s.start(), s.end())) {
            boolean bridge = e.bridges() > 0 && article.text.substring(s.start(), s.end()).strip().endsWith(":");
            enumeration = bridge ? new Enumeration(e.parties(), e.left(), e.bridges() - 1) : null;
            return List.of();
        }
        List<ResolvedMention> places = s.mentions().stream()
                .filter(m -> !article.cues.grammar.isTooWide(m) && !m.approximate()).toList();
        if (places.isEmpty()) {
            return List.of();
        }
        enumeration = e.left() > 1 ? new Enumeration(e.parties(), e.left() - 1, 0) : null;
        // Status from the item's own words (the guidelines' rule): an item states none.
        return List.of(article.event(EventKind.COORDINATION_CENTRE, CentreStatus.UNKNOWN, s, s.start(), places,
                e.parties()));
    }

    /** Status phrases of the sentence, without those after a «جاء بعد» in their clause. */
    private List<CueHit> statuses(Sentence s) {
        List<CueHit> all = EventCues.Hits.in(article.hits.statuses(), s.start(), s.end());
        List<CueHit> kept = new ArrayList<>();
        for (CueHit h : all) {
            if (h.key().equals(EventCues.CONTEXT) || h.key().equals(EventCues.CONTRAST)) {
                continue;
            }
            int[] clause = s.clauseAt(h.start());
            boolean afterContext = all.stream().anyMatch(c -> c.key().equals(EventCues.CONTEXT)
                    && c.within(clause[0], clause[1]) && c.end() <= h.start());
            if (!afterContext) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** The clause's status phrase: its first modal one, else its first; null for none. */
    private static CueHit firstIn(List<CueHit> statuses, int[] clause) {
        CueHit first = null;
        for (CueHit h : statuses) {
            if (h.within(clause[0], clause[1])) {
                if (h.key().endsWith(MODAL)) {
                    return h;
                }
                if (first == null) {
                    first = h;
                }
            }
        }
        return first;
    }

    /**
     * The status a phrase states (its key, without its mark); one side's consent followed in the
     * sentence by a contrast is only proposed.
     */
    private CentreStatus statusOf(CueHit h, Sentence s) {
        String key = h.key();
        if (key.endsWith(CONSENT)) {
            boolean contrasted = EventCues.Hits.in(article.hits.statuses(), h.end(), s.end()).stream()
                    .anyMatch(c -> c.key().equals(EventCues.CONTRAST));
            return contrasted ? CentreStatus.PROPOSED
                    : CentreStatus.fromJson(key.substring(0, key.length() - CONSENT.length()));
        }
        return CentreStatus.fromJson(key.endsWith(MODAL) ? key.substring(0, key.length() - MODAL.length()) : key);
    }

    private CueHit statusFor(Sentence s, Group g, List<CueHit> statuses) {
        for (int offset : new int[] {g.places().get(0).start(), g.centre().start()}) {
            CueHit h = firstIn(statuses, s.clauseAt(offset));
            if (h != null) {
                return h;
            }
        }
        int at = g.centre().start();
        CueHit before = null;
        CueHit after = null;
        for (CueHit h : statuses) {
            if (h.start() < at) {
                before = h;
            } else if (after == null) {
                after = h;
            }
        }
        // What a clause states is its modal phrase first: «يتضمن افتتاح غرفة ... في ديالى، ...، إضافة
        // إلى غرفة في أربيل» carries «يتضمن» (agreed) to Erbil, not the bare «افتتاح» (opened).
        CueHit near = before != null ? before : after;
        return near == null ? null : firstIn(statuses, s.clauseAt(near.start()));
    }

    private List<Group> groups(Sentence s) {
        PlaceGrammar grammar = article.cues.grammar;
        List<CueHit> nouns = article.hits.nouns(s.start(), s.end(), true);
        List<Group> groups = new ArrayList<>();
        Group current = null;
        ResolvedMention previous = null;
        CueHit previousGovernor = null;
        for (ResolvedMention m : s.mentions()) {
            CueHit governor = governor(nouns, m);
            boolean isCentre = governor != null && article.hits.centres().contains(governor);
            if (!isCentre || grammar.isTooWide(m)) {
                previous = null;
                continue;
            }
            PlaceGrammar.ListLink link = previous != null && governor == previousGovernor
                    ? grammar.link(article.text, previous, m) : PlaceGrammar.ListLink.NONE;
            boolean placed = link != PlaceGrammar.ListLink.NONE || grammar.isLocative(article.text, s.start(), m)
                    || grammar.followsDirectly(article.text, governor.end(), m);
            if (!placed || grammar.isOrigin(article.text, s.start(), m) || grammar.isParty(article.text, s.start(), m)) {
                previous = null;
                continue;
            }
            boolean sameCentre = current != null && current.centre() == governor
                    && (link == PlaceGrammar.ListLink.SAME_ITEM
                    || link == PlaceGrammar.ListLink.NONE && !startsItem(previousEnd(current), m));
            if (sameCentre) {
                current.places().add(m);
            } else {
                current = new Group(governor, new ArrayList<>(List.of(m)));
                groups.add(current);
            }
            previous = m;
            previousGovernor = governor;
        }
        return groups;
    }

    private int previousEnd(Group g) {
        return g.places().get(g.places().size() - 1).end();
    }

    /** A name further on in the same centre's words starts a new centre when a comma or «و» opens the gap. */
    private boolean startsItem(int previousEnd, ResolvedMention m) {
        String gap = article.text.substring(previousEnd, m.start()).strip();
        return gap.startsWith("،") || gap.startsWith(",") || gap.startsWith("و");
    }

    /** The nearest statement noun before the name in its sentence. */
    static CueHit governor(List<CueHit> nouns, ResolvedMention m) {
        CueHit best = null;
        for (CueHit h : nouns) {
            if (h.end() <= m.start()) {
                best = h;
            }
        }
        return best;
    }

    private List<String> parties(Sentence s) {
        List<String> named = new ArrayList<>(article.actors(s.start(), s.end()));
        named.remove(Actors.ISIS);
        if (!named.isEmpty()) {
            lastParties = named;
            return named;
        }
        if (!lastParties.isEmpty()) {
            return lastParties;
        }
        return mostNamed();
    }

    private List<String> mostNamed() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        article.hits.actors().forEach(h -> counts.merge(h.key(), 1, Integer::sum));
        counts.remove(Actors.ISIS);
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(2).map(Map.Entry::getKey).toList();
        List<String> ordered = new ArrayList<>(article.actors(0, article.text.length()));
        ordered.retainAll(top);
        return ordered;
    }
}
