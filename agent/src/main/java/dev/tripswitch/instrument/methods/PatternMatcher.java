package dev.tripswitch.instrument.methods;

import dev.tripswitch.config.Glob;
import dev.tripswitch.config.MethodPattern;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which classes and methods one method selector of SPEC §2.1 guards: the named type, which may be a
 * class, an abstract class or an interface, and every non-abstract implementation of the method.
 *
 * <p>The type's own name is checked first. Walking a class's supertypes costs a lookup of each of
 * them, so it is skipped for the JDK's own classes unless the selector names a JDK type: no JDK
 * class implements an application's interface.
 */
final class PatternMatcher {
    private static final List<String> JDK_PREFIXES = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private final MethodPattern pattern;
    private final boolean selectsJdkType;

    PatternMatcher(MethodPattern pattern) {
        this.pattern = pattern;
        this.selectsJdkType = isJdk(pattern.type().pattern());
    }

    /** Whether the type or one of its supertypes is the selector's type. */
    boolean matchesType(TypeDescription type) {
        if (namedBySelector(type)) {
            return true;
        }
        if (!selectsJdkType && isJdk(type.getName())) {
            return false;
        }
        return supertypeNamedBySelector(type) != null;
    }

    /** Whether the method is one the selector guards, in the type that declares it. */
    boolean matchesMethod(MethodDescription method) {
        if (!pattern.method().matches(method.getName()) || !takesSelectedParameters(method)) {
            return false;
        }
        TypeDescription declaring = method.getDeclaringType().asErasure();
        if (namedBySelector(declaring)) {
            return true;
        }
        // An implementation: it must override a method the selected type declares.
        for (TypeDescription supertype : supertypesNamedBySelector(declaring)) {
            for (MethodDescription declared : supertype.getDeclaredMethods()) {
                if (declared.getName().equals(method.getName()) && sameParameters(declared, method)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean namedBySelector(TypeDefinition type) {
        Glob glob = pattern.type();
        String name = type.getTypeName();
        return glob.matches(name) || (name.indexOf('$') >= 0 && glob.matches(name.replace('$', '.')));
    }

    private boolean takesSelectedParameters(MethodDescription method) {
        if (pattern.allOverloads()) {
            return true;
        }
        List<String> wanted = pattern.parameters();
        List<? extends ParameterDescription> actual = method.getParameters();
        if (actual.size() != wanted.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            String name = actual.get(i).getType().asErasure().getActualName();
            if (!name.equals(wanted.get(i)) && !name.replace('$', '.').equals(wanted.get(i).replace('$', '.'))) {
                return false;
            }
        }
        return true;
    }

    /** Same parameters, where a type variable of the supertype stands for whatever the implementation took. */
    private static boolean sameParameters(MethodDescription declared, MethodDescription implementation) {
        List<? extends ParameterDescription> a = declared.getParameters();
        List<? extends ParameterDescription> b = implementation.getParameters();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            TypeDescription.Generic declaredType = a.get(i).getType();
            if (declaredType.getSort() != TypeDefinition.Sort.VARIABLE
                    && !declaredType.asErasure().equals(b.get(i).getType().asErasure())) {
                return false;
            }
        }
        return true;
    }

    private TypeDescription supertypeNamedBySelector(TypeDescription type) {
        List<TypeDescription> found = supertypesNamedBySelector(type);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Every supertype of {@code type} (itself excluded) that the selector names. A supertype that
     * cannot be described (missing from the class path) ends that branch of the walk, not the match.
     */
    private List<TypeDescription> supertypesNamedBySelector(TypeDescription type) {
        List<TypeDescription> found = new java.util.ArrayList<>();
        Deque<TypeDefinition> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        addSupertypes(type, pending);
        while (!pending.isEmpty()) {
            TypeDefinition next = pending.pop();
            if (!seen.add(next.getTypeName())) {
                continue;
            }
            try {
                TypeDescription erasure = next.asErasure();
                if (namedBySelector(erasure)) {
                    found.add(erasure);
                }
                addSupertypes(erasure, pending);
            } catch (RuntimeException unresolvable) {
                // keep walking the other branches
            }
        }
        return found;
    }

    private static void addSupertypes(TypeDefinition type, Deque<TypeDefinition> pending) {
        try {
            TypeDescription.Generic superClass = type.getSuperClass();
            if (superClass != null) {
                pending.push(superClass);
            }
            for (TypeDescription.Generic implemented : type.getInterfaces()) {
                pending.push(implemented);
            }
        } catch (RuntimeException unresolvable) {
            // a supertype the pool cannot describe: nothing above it can be walked
        }
    }

    private static boolean isJdk(String name) {
        for (String prefix : JDK_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern.text();
    }
}
