package org.tansiq.events;

import java.util.Locale;

/** What an extracted statement reports; the JSON name is the lower-case constant. */
public enum EventKind {
    COORDINATION_CENTRE,
    SECURITY_GAP,
    OPERATION,
    ATTACK,
    DEPLOYMENT;

    /** The name in JSON and in the database: {@code coordination_centre}, {@code security_gap}... */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
