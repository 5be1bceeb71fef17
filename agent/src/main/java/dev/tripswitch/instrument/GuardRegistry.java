package dev.tripswitch.instrument;

import dev.tripswitch.bootstrap.Dispatcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The key each woven method was given, so that a class woven again (retransformation) keeps its
 * guard. Keys are kept per class loader, weakly: a web application's loader is not held by it.
 */
public final class GuardRegistry {
    private final Map<ClassLoader, Map<String, Integer>> keysByLoader = new WeakHashMap<>();
    private final Map<String, Integer> bootKeys = new HashMap<>();
    private final List<String> instrumentedMethods = new ArrayList<>();

    /**
     * The key of a method, made with {@code guard} the first time the method is woven.
     *
     * @param method the declaring type, name and descriptor of the method
     */
    synchronized int keyOf(ClassLoader loader, String method, Supplier<GuardedMethod> guard) {
        Map<String, Integer> keys = loader == null ? bootKeys : keysByLoader.computeIfAbsent(loader, l -> new HashMap<>());
        Integer key = keys.get(method);
        if (key == null) {
            GuardedMethod created = guard.get();
            key = Dispatcher.register(created);
            keys.put(method, key);
            instrumentedMethods.add(created.site().toString());
        }
        return key;
    }

    /** Every guarded method, as {@code Type#method(params) -> target}, in the order they were woven. */
    public synchronized List<String> instrumentedMethods() {
        return Collections.unmodifiableList(new ArrayList<>(instrumentedMethods));
    }
}
