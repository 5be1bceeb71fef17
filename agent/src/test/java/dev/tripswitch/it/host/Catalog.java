package dev.tripswitch.it.host;

import java.io.IOException;

/** Overloads that delegate to each other, and an Object method, for the selector tests. */
public class Catalog {
    public String fetch(String id) throws IOException {
        return fetch(id, 1);
    }

    public String fetch(String id, int version) throws IOException {
        Backend.call();
        return id + "@" + version;
    }

    public static String lookup(String id) throws IOException {
        Backend.call();
        return "static " + id;
    }

    @Override
    public String toString() {
        Backend.callUnchecked();
        return "catalog";
    }
}
