package org.tansiq.events;

import java.util.Locale;

/**
 * Where a coordination centre stands, as one sentence reports it. Ordered roughly by how far
 * along the centre is; {@link #NOT_RUNNING} is a report that an announced centre has not started.
 */
public enum CentreStatus {
    PROPOSED,
    AGREED,
    PLANNED,
    OPENED,
    NOT_RUNNING,
    UNKNOWN;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CentreStatus fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
