package dev.tripswitch.bootstrap;

/**
 * What a guard's enter answers for a call the breaker rejects. The woven enter advice skips the
 * method's body on an instance of this type ({@code skipOn}), and the exit advice then serves the
 * fallback. There is one instance: a rejection allocates nothing to say so.
 */
public final class Rejection {
    public static final Rejection INSTANCE = new Rejection();

    private Rejection() {
    }
}
