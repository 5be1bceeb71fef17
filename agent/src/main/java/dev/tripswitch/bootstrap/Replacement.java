package dev.tripswitch.bootstrap;

/**
 * What the exit advice puts in place of the method's own result: a value to return, or an exception
 * to throw (then {@link #value} is ignored).
 */
public final class Replacement {
    public final Object value;
    public final Throwable thrown;

    private Replacement(Object value, Throwable thrown) {
        this.value = value;
        this.thrown = thrown;
    }

    public static Replacement returning(Object value) {
        return new Replacement(value, null);
    }

    public static Replacement throwing(Throwable thrown) {
        if (thrown == null) {
            throw new NullPointerException("thrown");
        }
        return new Replacement(null, thrown);
    }
}
