package org.tansiq.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic corpus for the layers benchmark: articles of Arabic statements, one event each,
 * built from templates over real Iraqi places of the gazetteer, so the real geoparser and the real
 * rule extractor (cue phrases in {@code src/main/resources/events/}) read them as they read news.
 *
 * <p>Article {@code k} depends only on the seed and {@code k} (its own {@link Random}), so the
 * corpus of a smaller size is the first articles of a larger one: a run can resume an interrupted
 * load, and ingestion's SHA-256 dedup makes posting an article twice harmless. Every text opens
 * with its serial number, so no two are the same.
 */
final class SyntheticCorpus {

    /** The outlet every synthetic article carries: how a run recognises a corpus already loaded. */
    static final String OUTLET = "Tansiq bench corpus";
    static final int STATEMENTS_PER_ARTICLE = 50;
    static final long SEED = 20261201L;
    /** Publication dates spread over these years, so centre statuses change with {@code datetime}. */
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2023, 12, 31);
    /** Serials start here: six digits, so no serial reads as a year. */
    private static final int FIRST_SERIAL = 100_000;

    /** A gazetteer place a statement names, with the word that tells the geoparser what it is. */
    record Place(long id, String nameAr, String placeWord) {
    }

    /** What one sentence should yield: the kind, the centre status (null for other kinds) and the place. */
    record Statement(String kind, String status, long placeId, int start, int end) {
    }

    record Article(int serial, String title, LocalDate publishedAt, String text, List<Statement> statements) {
    }

    /**
     * One phrasing per kind and status. Each was checked against the cue files: one status phrase
     * (the first in its clause counts), a locative «في» before the place word, and no cue of
     * another kind in the sentence, so each yields exactly one event. {@code %s} is the place with
     * its word («مدينة كركوك», «قرية ...»); {@code %a} an actor.
     */
    private static final Template[] TEMPLATES = {
        new Template("coordination_centre", "proposed", "اقترح مسؤولون في %a إنشاء مركز تنسيق مشترك في %s."),
        new Template("coordination_centre", "agreed", "اتفقت %a مع الجانب الآخر على مركز تنسيق مشترك في %s."),
        new Template("coordination_centre", "planned", "ستفتح %a مركز تنسيق مشترك في %s."),
        new Template("coordination_centre", "opened", "افتتحت %a مركز تنسيق مشترك في %s."),
        new Template("coordination_centre", "not_running", "لم يباشر مركز التنسيق المشترك في %s عمله."),
        new Template("security_gap", null, "يستغل تنظيم داعش الفراغ الأمني في %s."),
        new Template("operation", null, "نفذت %a عملية تمشيط في %s."),
        new Template("attack", null, "أسفر هجوم لتنظيم داعش في %s عن مقتل جنديين."),
        new Template("deployment", null, "انتشرت %a في %s."),
    };

    /** How often each template is drawn, in the order above: centres a fifth of the events. */
    private static final int[] WEIGHTS = {4, 4, 4, 4, 4, 15, 20, 25, 20};

    private static final String[] ACTORS = {"القوات العراقية", "قوات البيشمركة", "قوات التحالف الدولي",
        "القوات الاتحادية", "قوات الأمن العراقية"};

    private record Template(String kind, String status, String pattern) {
    }

    private final List<Place> places;
    private final long seed;
    private final int totalWeight;

    /** An operation statement at one place: what {@link RecognisedPlaces} checks a place with. */
    static String sentence(Place p) {
        return TEMPLATES[6].pattern().replace("%a", ACTORS[0]).replace("%s", p.placeWord() + " " + p.nameAr());
    }

    SyntheticCorpus(List<Place> places, long seed) {
        if (places.isEmpty()) {
            throw new IllegalStateException("no Iraqi town or village in the gazetteer: is it loaded?");
        }
        this.places = List.copyOf(places);
        this.seed = seed;
        int sum = 0;
        for (int w : WEIGHTS) {
            sum += w;
        }
        this.totalWeight = sum;
    }

    /** Articles needed for about {@code events} events. */
    static int articlesFor(long events) {
        return (int) Math.max(1, (events + STATEMENTS_PER_ARTICLE - 1) / STATEMENTS_PER_ARTICLE);
    }

    int places() {
        return places.size();
    }

    /** Article {@code k} (0-based) of the corpus. */
    Article article(int k) {
        Random random = new Random(seed * 1_000_003L + k);
        int serial = FIRST_SERIAL + k;
        long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
        LocalDate published = FIRST_DAY.plusDays((long) (random.nextDouble() * (days + 1)));
        StringBuilder text = new StringBuilder();
        // The opening names the serial (uniqueness) and nothing the extractor reads.
        text.append("النشرة ").append(serial).append(" لمراسلنا عن الوضع الأمني.\n");
        List<Statement> statements = new ArrayList<>(STATEMENTS_PER_ARTICLE);
        for (int s = 0; s < STATEMENTS_PER_ARTICLE; s++) {
            Template t = pick(random);
            Place p = places.get(random.nextInt(places.size()));
            String sentence = t.pattern()
                    .replace("%a", ACTORS[random.nextInt(ACTORS.length)])
                    .replace("%s", p.placeWord() + " " + p.nameAr());
            int start = text.length();
            text.append(sentence);
            statements.add(new Statement(t.kind(), t.status(), p.id(), start, text.length()));
            text.append(s % 5 == 4 ? "\n" : " ");
        }
        return new Article(serial, "نشرة أمنية " + serial, published, text.toString(), statements);
    }

    private Template pick(Random random) {
        int r = random.nextInt(totalWeight);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return TEMPLATES[i];
            }
        }
        throw new AssertionError();
    }

    /**
     * The places statements name, read from the gazetteer: Iraqi towns (seats of districts and
     * sub-districts, named with «مدينة») and villages (with «قرية», the evidence the resolver asks
     * of a village), each in a governorate, whose Arabic name no other Iraqi place shares (so the
     * resolver has no choice to get wrong) and is one or two plain Arabic words. Ordered by id, so
     * the same gazetteer gives the same corpus. These are candidates: {@link RecognisedPlaces}
     * keeps those the geoparser really finds (a village named like a person is not taken).
     */
    static List<Place> readPlaces(String jdbcUrl, String user, String password, int villages) throws SQLException {
        String sql = """
                WITH iq AS (
                    SELECT id, name_ar, feature_code, count(*) OVER (PARTITION BY name_ar) AS sharing
                    FROM place
                    WHERE country_code = 'IQ' AND adm1_pcode IS NOT NULL AND name_ar IS NOT NULL
                      AND feature_class = 'P')
                SELECT id, name_ar, feature_code FROM iq
                WHERE sharing = 1 AND feature_code IN ('PPLA', 'PPLA2', 'PPLA3', 'PPL')
                  AND name_ar ~ '^[ء-ي]{3,}( [ء-ي]{3,})?$'
                  AND name_ar !~ '^(قرية|مجمع|ناحية|قضاء|مدينة|حي) '
                ORDER BY feature_code = 'PPL', id
                """;
        List<Place> towns = new ArrayList<>();
        List<Place> villageList = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); java.sql.Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                boolean village = rs.getString(3).equals("PPL");
                Place p = new Place(rs.getLong(1), rs.getString(2), village ? "قرية" : "مدينة");
                (village ? villageList : towns).add(p);
            }
        }
        // Every town, and an even spread of villages: enough distinct places for a realistic
        // number of centres and features, few enough that places are mentioned many times.
        List<Place> chosen = new ArrayList<>(towns);
        int step = Math.max(1, villageList.size() / Math.max(1, villages));
        for (int i = 0; i < villageList.size() && chosen.size() < towns.size() + villages; i += step) {
            chosen.add(villageList.get(i));
        }
        return chosen;
    }
}
