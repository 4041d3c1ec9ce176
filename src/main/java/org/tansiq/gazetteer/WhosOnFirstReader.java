package org.tansiq.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tansiq.text.NameKeys;

/**
 * Reads the Who's On First extract for Iraq (db/reference/whosonfirst/whosonfirst-iq-places.csv):
 * some 21,000 villages and towns, most with Arabic and Kurdish spellings GeoNames' cities500
 * lacks.
 *
 * <ul>
 *   <li>Rows no longer current ({@code is_current=0}) or {@code deprecated} are dropped, and so
 *       are all but localities: WOF's regions and counties are the COD-AB units again (drawn
 *       differently), its neighbourhoods are Baghdad quarters named with common nouns («الشرطة»,
 *       «الصحة», «الجمهورية»), its three campuses are air bases better curated.</li>
 *   <li>A row with a GeoNames id is that GeoNames place: it is an alias, adding its Arabic-script
 *       names to it; when that place is not loaded it becomes a place of its own. One row per
 *       GeoNames id (the first).</li>
 *   <li>Only Arabic-script spellings become match keys, never Latin ones; «قرية X» is keyed as
 *       «X», the trigger word being the matcher's business; a row with no Arabic-script name is
 *       skipped, since Arabic text can never name it.</li>
 *   <li>Keys of important places ({@link ReservedKeys}) are withheld unless the row is that
 *       place: some WOF villages carry a big city's name. A town that bears the name of the
 *       district or sub-district it lies in keeps it: it is the unit's seat (the PPLA2/PPLA3
 *       feature code says so), and the resolver tells the town from the unit.</li>
 *   <li>Keys made only of people's given names and titles («محمد», «احمد حسن», «الشيخ احمد»,
 *       db/gazetteer/person-names-ar.txt) are withheld: many hamlets are named after a
 *       landowner, and news text names people far more often than hamlets.</li>
 * </ul>
 */
public final class WhosOnFirstReader {

    static final List<String> HEADER = List.of("wof_id", "name", "placetype", "lat", "lon", "name_ar",
            "names_arabic_script_all", "names_latin_all", "gn_id", "wd_id", "population", "is_current", "deprecated");
    static final String LOCALITY = "locality";
    /** Given names and title words, one or more a line (db/gazetteer/person-names-ar.txt). */
    static final String PERSON_NAMES_RESOURCE = "gazetteer/person-names-ar.txt";
    /** Changes whenever the rules above change, so that a database loaded under the old ones reloads. */
    public static final String RULES_VERSION = "3: seat towns keep their unit's name unless an Iraqi non-unit owns it";
    /** A seat's feature code by its unit's level. */
    static final Map<String, String> SEAT_CODES = Map.of("ADM2", "PPLA2", "ADM3", "PPLA3");

    private WhosOnFirstReader() {
    }

    /**
     * What a read produced.
     *
     * @param skipped rows left out, by reason
     * @param keysWithheld keys withheld because they belong to another, important place
     * @param personNameKeys keys withheld because they read as a person's name
     * @param seats towns kept under the name of the unit they are the seat of
     */
    public record Result(List<GazetteerEntry> entries, Map<String, Integer> skipped, int keysWithheld,
            int personNameKeys, int seats) {
    }

    /** The words of db/gazetteer/person-names-ar.txt, folded like keys. */
    public static Set<String> personNameWords() {
        Set<String> words = new HashSet<>();
        for (String line : WordList.read(PERSON_NAMES_RESOURCE)) {
            for (String w : line.split("\\s+")) {
                words.add(NameKeys.key(w));
            }
        }
        return words;
    }

    /**
     * Reads the extract.
     *
     * @param reserved keys of important places, withheld from villages that are not those places
     * @param personNameWords folded given names and title words: a key made only of them is withheld
     */
    public static Result read(Reader in, ReservedKeys reserved, Set<String> personNameWords) throws IOException {
        List<List<String>> rows = Csv.read(in);
        if (rows.isEmpty()) {
            return new Result(List.of(), Map.of(), 0, 0, 0);
        }
        Map<String, Integer> col = Csv.columns(rows.get(0), HEADER, "Who's On First file");
        List<GazetteerEntry> entries = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        Set<String> geonamesIds = new HashSet<>();
        int withheld = 0;
        int personNames = 0;
        int seats = 0;
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            Function<String, String> get = name -> {
                int c = col.get(name);
                return c < row.size() ? row.get(c).strip() : "";
            };
            String reason = skipReason(get, geonamesIds);
            List<String> arabic = reason == null ? arabicNames(get) : List.of();
            if (reason == null && arabic.isEmpty()) {
                reason = "no Arabic-script name";
            }
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
                continue;
            }
            String gnId = get.apply("gn_id").isEmpty() ? null : get.apply("gn_id");
            Set<String> keys = new LinkedHashSet<>();
            for (String n : arabic) {
                Set<String> nameKeys = keys(n);
                // The first key is the spaced form; «احمدحسن» goes with «احمد حسن».
                if (!nameKeys.isEmpty() && isPersonName(nameKeys.iterator().next(), personNameWords)) {
                    personNames += nameKeys.size();
                } else {
                    keys.addAll(nameKeys);
                }
            }
            String seatLevel = null;
            int before = keys.size();
            for (java.util.Iterator<String> it = keys.iterator(); it.hasNext(); ) {
                String k = it.next();
                if (reserved.allows(k, gnId)) {
                    continue;
                }
                String level = reserved.seatLevel(k, number(get, "lat", i), number(get, "lon", i));
                if (level == null) {
                    it.remove();
                } else if (seatLevel == null || level.compareTo(seatLevel) < 0) {
                    seatLevel = level; // a district's seat ranks above a sub-district's
                }
            }
            withheld += before - keys.size();
            seats += seatLevel == null ? 0 : 1;
            try {
                entries.add(toEntry(get, gnId, arabic, keys, seatLevel == null ? "PPL" : SEAT_CODES.get(seatLevel)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Who's On First line " + (i + 1) + ": bad number (" + e.getMessage()
                        + ")", e);
            }
        }
        return new Result(entries, skipped, withheld, personNames, seats);
    }

    private static double number(Function<String, String> get, String column, int line) {
        try {
            return Double.parseDouble(get.apply(column));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Who's On First line " + (line + 1) + ": bad " + column, e);
        }
    }

    /** True when every word of the key is a given name or title word. */
    static boolean isPersonName(String key, Set<String> personNameWords) {
        for (String word : key.split(" ")) {
            if (!personNameWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String skipReason(Function<String, String> get, Set<String> geonamesIds) {
        if ("0".equals(get.apply("is_current"))) {
            return "is_current=0";
        }
        if (!get.apply("deprecated").isEmpty()) {
            return "deprecated";
        }
        if (!LOCALITY.equals(get.apply("placetype"))) {
            return "placetype " + get.apply("placetype");
        }
        String gnId = get.apply("gn_id");
        if (!gnId.isEmpty() && !geonamesIds.add(gnId)) {
            return "second row of a GeoNames id";
        }
        return null;
    }

    private static GazetteerEntry toEntry(Function<String, String> get, String gnId, List<String> arabic,
            Set<String> keys, String featureCode) {
        String name = get.apply("name");
        Set<String> names = new LinkedHashSet<>();
        if (!name.isEmpty()) {
            names.add(name);
        }
        names.addAll(arabic);
        String population = get.apply("population");
        long people = population.isEmpty() ? 0 : Long.parseLong(population);
        String nameAr = GeoNamesEntries.arabicDisplayName(arabic);
        return new GazetteerEntry(
                GazetteerEntry.WOF,
                get.apply("wof_id"),
                name.isEmpty() ? nameAr : name,
                nameAr,
                name.isEmpty() ? null : name,
                List.copyOf(names),
                keys,
                "P",
                featureCode,
                people > 0 ? people : null,
                "IQ",
                null,
                null,
                Double.parseDouble(get.apply("lat")),
                Double.parseDouble(get.apply("lon")),
                gnId == null ? null : new GazetteerEntry.AliasOf(GazetteerEntry.GEONAMES, gnId, false),
                null);
    }

    /** {@code name_ar} and {@code names_arabic_script_all}, both {@code |}-separated, Arabic script only. */
    private static List<String> arabicNames(Function<String, String> get) {
        Set<String> names = new LinkedHashSet<>();
        for (String field : List.of("name_ar", "names_arabic_script_all")) {
            Arrays.stream(get.apply(field).split("\\|")).map(String::strip)
                    .filter(n -> !n.isEmpty() && NameKeys.isArabicScript(n)).forEach(names::add);
        }
        return List.copyOf(names);
    }

    /**
     * A village's keys: «قرية تل العظام» is found as «تل العظام» after its trigger word; a name
     * that starts with another kind of trigger («محافظة أربيل» on a town) gives none.
     */
    static Set<String> keys(String name) {
        if (!GeoNamesEntries.startsWithTrigger(name)) {
            return NameKeys.keys(name);
        }
        String key = NameKeys.key(name);
        int space = key.indexOf(' ');
        Trigger trigger = Trigger.of(key.substring(0, space));
        return trigger == Trigger.SETTLEMENT ? NameKeys.keys(key.substring(space + 1)) : Set.of();
    }
}
