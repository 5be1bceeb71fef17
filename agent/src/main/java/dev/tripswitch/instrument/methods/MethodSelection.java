package dev.tripswitch.instrument.methods;

import dev.tripswitch.config.MethodPattern;
import dev.tripswitch.config.MethodsSelector;
import dev.tripswitch.instrument.TargetGuard;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods that the {@code methods} targets of the config select (SPEC §2.1), and which target
 * each belongs to. Constructors, static initialisers, Object's methods, abstract, native, bridge and
 * synthetic methods are never selected: a bridge delegates to the method it bridges, which is.
 */
public final class MethodSelection {
    private final List<TargetGuard> targets = new ArrayList<>();
    private final List<PatternMatcher> matchers = new ArrayList<>();

    public MethodSelection(List<TargetGuard> guards) {
        for (TargetGuard guard : guards) {
            if (guard.config().selector() instanceof MethodsSelector) {
                for (MethodPattern pattern : ((MethodsSelector) guard.config().selector()).patterns()) {
                    targets.add(guard);
                    matchers.add(new PatternMatcher(pattern));
                }
            }
        }
    }

    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    /**
     * Whether the type may declare a selected method. An interface may, in a default method; its
     * abstract methods are guarded in the classes that implement them.
     */
    public boolean matchesType(TypeDescription type) {
        if (type.isAnnotation()) {
            return false;
        }
        for (PatternMatcher matcher : matchers) {
            if (matcher.matchesType(type)) {
                return true;
            }
        }
        return false;
    }

    /** The target that guards the method, or null. The first selector in config order wins. */
    public TargetGuard targetOf(MethodDescription method) {
        if (!isGuardable(method)) {
            return null;
        }
        for (int i = 0; i < matchers.size(); i++) {
            if (matchers.get(i).matchesMethod(method)) {
                return targets.get(i);
            }
        }
        return null;
    }

    private static boolean isGuardable(MethodDescription method) {
        return method.isMethod()
                && !method.isAbstract()
                && !method.isNative()
                && !method.isBridge()
                && !method.isSynthetic()
                && !isObjectMethod(method);
    }

    private static boolean isObjectMethod(MethodDescription method) {
        String name = method.getName();
        int parameters = method.getParameters().size();
        return (parameters == 0 && (name.equals("hashCode") || name.equals("toString") || name.equals("clone")
                || name.equals("finalize") || name.equals("getClass")))
                || (parameters == 1 && name.equals("equals")
                && method.getParameters().get(0).getType().asErasure().represents(Object.class));
    }
}
