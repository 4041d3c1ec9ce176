package org.tansiq.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.NormalizedText;

/**
 * Finds the date expressions of an Arabic text and resolves them.
 *
 * <p>What it reads (see {@link DateGrammar} for the rules and {@code dates/*.txt} for the words):
 * explicit dates with either month-name family and both together («23 أيار/مايو 2021»,
 * «أيار (مايو)»), numeric dates (23/5/2021, 2021/5/23, 2021-05-23, Arabic-Indic digits), a
 * weekday before a date, dates without a year, month and year, parts of months («منتصف حزيران»),
 * years («عام 2017», «في 2020»), and expressions relative to publication: «اليوم», «أمس», «أول
 * أمس», «غداً», «يوم الثلاثاء», «الأسبوع الماضي», «الشهر الجاري», «العام المقبل», «13 الشهر
 * الماضي», «قبل ثلاثة أيام», «خلال الأيام المقبلة», «مؤخراً».
 *
 * <p>How relative ones resolve, against the publication date:
 * <ul>
 * <li>a day and month without a year, a month alone, a bare weekday: the nearest one on or
 *     before publication; the nearest on or after when the sentence is in the future tense (it
 *     holds one of the markers listed under {@code future} in {@code words-ar.txt}, such as
 *     «سيتم», «من المقرر»); strictly before with «الماضي», strictly after with «المقبل» /
 *     «القادم»;</li>
 * <li>weeks run Saturday to Friday, as Iraqi calendars print them;</li>
 * <li>without a publication date they are returned unresolved ({@code from} null), with the
 *     precision they would have.</li>
 * </ul>
 *
 * <p>Not read: Hijri dates, time spans between two dates («من 3 إلى 5 أيار» gives only «5
 * أيار»), durations that are not anchored on publication («على مدى شهر ونصف», «قبل يومين من
 * الهجوم»), clock times.
 *
 * <p>Thread-safe and cheap to share; {@link #standard()} is built once from the bundled lexicon.
 */
public final class DateFinder {

    private static volatile DateFinder standard;

    private final DateLexicon lexicon;
    private final DateGrammar grammar;
    private final Pattern future;

    DateFinder(DateLexicon lexicon) {
        this.lexicon = lexicon;
        this.grammar = new DateGrammar(lexicon);
        this.future = Pattern.compile("(?<![\\p{L}\\p{N}])[وف]?" + lexicon.alternation("future") + "(?![\\p{L}\\p{N}])");
    }

    public static DateFinder standard() {
        if (standard == null) {
            synchronized (DateFinder.class) {
                if (standard == null) {
                    standard = new DateFinder(DateLexicon.standard());
                }
            }
        }
        return standard;
    }

    /**
     * The date mentions of a text, in text order, never overlapping (the longest reading wins).
     *
     * @param published the article's publication date, or null when unknown (relative mentions
     *                  then come back unresolved)
     */
    public List<DateMention> find(String text, LocalDate published) {
        return find(search(ArabicNormalizer.normalize(text)), published);
    }

    /** {@link #find(String, LocalDate)} on a text already normalised and searched. */
    List<DateMention> find(RuleMatches matches, LocalDate published) {
        return findReadings(matches, published).stream().map(Found::mention).toList();
    }

    /** Where the grammar's rules match in a normalised text: a search that serves any publication date. */
    RuleMatches search(NormalizedText normalized) {
        return RuleMatches.search(normalized, grammar);
    }

    /** A mention with the parts the grammar read, for {@link PublicationDateReader}. */
    record Found(DateMention mention, Reading reading) {
    }

    List<Found> findReadings(RuleMatches matches, LocalDate published) {
        Scan scan = new Scan(matches.normalized(), published);
        String text = matches.normalized().original();
        List<Candidate> candidates = new ArrayList<>();
        List<DateGrammar.Rule> rules = matches.rules();
        for (int r = 0; r < rules.size(); r++) {
            DateGrammar.Rule rule = rules.get(r);
            Matcher m = RuleMatches.matcher(rule, scan.text());
            int from = 0;
            while (from <= scan.text().length() && matches.find(r, m, from)) {
                Reading reading = rule.reader().read(m, scan);
                if (reading != null) {
                    candidates.add(new Candidate(m.start("core"), m.end("core"), reading));
                    from = m.end();
                } else {
                    from = m.start() + 1; // a rejected match must not hide one that starts inside it
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end).thenComparingInt(c -> c.start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (kept.stream().noneMatch(k -> k.start < c.end && c.start < k.end)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        List<Found> found = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            int start = scan.normalized.originalStart(c.start);
            int end = scan.normalized.originalEnd(c.end);
            Reading r = c.reading;
            found.add(new Found(new DateMention(start, end, text.substring(start, end), r.from(), r.to(), r.precision(),
                    r.relative()), r));
        }
        return found;
    }

    private record Candidate(int start, int end, Reading reading) {
    }

    /** One pass over one text: the normalised text and what the readers ask about it. */
    final class Scan implements DateGrammar.Context {

        private final NormalizedText normalized;
        private final LocalDate published;
        /** Whether the sentence starting at a normalised offset is in the future tense. */
        private final Map<Integer, Boolean> futureSentences = new HashMap<>();

        Scan(NormalizedText normalized, LocalDate published) {
            this.normalized = normalized;
            this.published = published;
        }

        @Override
        public DateLexicon lexicon() {
            return lexicon;
        }

        @Override
        public String text() {
            return normalized.text();
        }

        @Override
        public LocalDate published() {
            return published;
        }

        @Override
        public boolean future(int offset) {
            int[] sentence = Sentences.around(normalized.text(), offset);
            // Asked for each relative date: a sentence holding several is searched once.
            return futureSentences.computeIfAbsent(sentence[0],
                    start -> future.matcher(normalized.text()).region(sentence[0], sentence[1]).find());
        }

        /** Normalisation drops tanween; the original still has it. */
        @Override
        public boolean hasTanween(int start, int end) {
            String original = normalized.original();
            for (int i = normalized.originalStart(start); i < normalized.originalEnd(end); i++) {
                char ch = original.charAt(i);
                if (ch == '\u064B' || ch == '\u08F0') {
                    return true;
                }
            }
            return false;
        }
    }
}
