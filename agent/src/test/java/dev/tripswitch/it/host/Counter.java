package dev.tripswitch.it.host;

/** A guarded method as cheap as a method gets, so that the guard's own cost shows. */
public class Counter {
    private int value;

    public int next() {
        return ++value;
    }

    public int failing() {
        throw new IllegalStateException("down");
    }
}
