package org.tansiq.events;

import java.util.List;
import java.util.Optional;
import org.tansiq.dates.ArticleDates;
import org.tansiq.dates.DateMention;
import org.tansiq.dates.GoverningDate;

/**
 * Which date of its sentence dates a statement: a sentence often carries several («تم الاتفاق
 * ... لم تنطلق ... الشهر المقبل»), so the nearest one is not always its own. In order: a date in
 * the statement's clause; a clause that is only a date («انتشرت قوات أمريكية، الأربعاء، في
 * كركوك»); a date before the statement in a clause that states nothing else (the date of the
 * speech: «في تصريح ... في 2 أيار، بأن ...»); the publication date. Each resolved by
 * {@link ArticleDates#governing}.
 */
final class DatePicker {

    private final ArticleDates dates;
    private final String text;

    DatePicker(ArticleDates dates, String text) {
        this.dates = dates;
        this.text = text;
    }

    /** @param cues the statement phrases of the sentence: a clause holding one speaks for itself */
    Optional<GoverningDate> date(Sentence s, int anchor, List<CueHit> cues) {
        int[] clause = s.clauseAt(anchor);
        DateMention best = null;
        for (DateMention m : dates.mentions()) {
            if (m.start() < s.start() || m.end() > s.end()) {
                continue;
            }
            int rank = rank(s, clause, m, anchor, cues);
            if (rank > 0 && (best == null || rank < rank(s, clause, best, anchor, cues)
                    || rank == rank(s, clause, best, anchor, cues) && distance(m, anchor) < distance(best, anchor))) {
                best = m;
            }
        }
        if (best == null) {
            return dates.governing(anchor, anchor, anchor);
        }
        return dates.governing(best.start(), best.end(), anchor);
    }

    /** 1 in the clause, 2 a date-only clause, 3 before the statement in a clause of no other statement; 0 none. */
    private int rank(Sentence s, int[] clause, DateMention m, int anchor, List<CueHit> cues) {
        if (m.start() < clause[1] && m.end() > clause[0]) {
            return 1;
        }
        int[] own = s.clauseAt(m.start());
        String rest = (text.substring(own[0], Math.max(own[0], m.start())) + text.substring(Math.min(m.end(), own[1]),
                Math.max(m.end(), own[1]))).replaceAll("[\\s\\p{Punct}«»“”]", "");
        if (rest.isEmpty() || rest.equals("و") || rest.equals("في")) {
            return 2;
        }
        boolean otherStatement = cues.stream().anyMatch(h -> h.start() < own[1] && h.end() > own[0]);
        return m.end() <= anchor && !otherStatement ? 3 : 0;
    }

    private static int distance(DateMention m, int anchor) {
        return anchor < m.start() ? m.start() - anchor : Math.max(0, anchor - m.end());
    }
}
