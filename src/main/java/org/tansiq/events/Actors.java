package org.tansiq.events;

/** The canonical actor names events carry (JSON and database). */
public final class Actors {

    public static final String IRAQI_FORCES = "iraqi_forces";
    public static final String PESHMERGA = "peshmerga";
    public static final String COALITION = "coalition";
    public static final String PMF = "pmf";
    public static final String ISIS = "isis";

    private Actors() {
    }
}
