package org.tansiq.gazetteer;

import java.util.List;
import org.tansiq.text.ArabicNormalizer;
import org.tansiq.text.Proclitics;

/**
 * Words that announce what kind of place follows («محافظة كركوك» is the governorate, «جبل» a
 * mountain). They are evidence for the resolver, not part of the name.
 */
public enum Trigger {
    /** Includes «محافظ» (governor): «محافظ كركوك» governs the governorate, not the city. */
    GOVERNORATE("A", List.of("محافظة", "محافظات", "المحافظة", "محافظ")),
    DISTRICT("A", List.of("قضاء", "اقضية", "ناحية", "نواحي")),
    SETTLEMENT("P", List.of("مدينة", "مدن", "قرية", "قرى", "بلدة", "بلدات")),
    MOUNTAIN("T", List.of("جبل", "جبال", "سلسلة")),
    BASE("S", List.of("قاعدة", "معسكر", "مطار")),
    REGION("L", List.of("إقليم", "منطقة"));

    private final String featureClass;
    private final List<String> words;

    Trigger(String featureClass, List<String> words) {
        this.featureClass = featureClass;
        this.words = words.stream().map(ArabicNormalizer::fold).toList();
    }

    /** Every trigger word, normalised: these are never place names themselves. */
    public static java.util.Set<String> allWords() {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Trigger t : values()) {
            all.addAll(t.words);
        }
        return all;
    }

    /** The GeoNames feature class this trigger points to. */
    public String featureClass() {
        return featureClass;
    }

    /** The trigger a normalised token is, allowing the proclitics «و», «ب», «ل», «ف» and «ال». */
    public static Trigger of(String normalizedToken) {
        for (Proclitics.Reading form : Proclitics.readings(normalizedToken)) {
            for (Trigger t : values()) {
                if (t.words.contains(form.text())) {
                    return t;
                }
            }
        }
        return null;
    }
}
