package dev.tripswitch.fallback;

import java.lang.ref.WeakReference;
import java.util.List;

/**
 * A guarded method as fallbacks need to know it: its target, its names and the class loader of its
 * class, held weakly so that guarding a method never keeps a web application's loader alive.
 */
public final class MethodSite {
    private final String target;
    private final String typeName;
    private final String methodName;
    private final List<String> parameterTypes;
    private final WeakReference<ClassLoader> loader;

    /** @param parameterTypes binary names, as {@link Class#getName()} spells them ({@code [B} for byte[]) */
    public MethodSite(String target, String typeName, String methodName, List<String> parameterTypes, ClassLoader loader) {
        this.target = target;
        this.typeName = typeName;
        this.methodName = methodName;
        this.parameterTypes = List.copyOf(parameterTypes);
        this.loader = loader == null ? null : new WeakReference<>(loader);
    }

    public String target() {
        return target;
    }

    public String typeName() {
        return typeName;
    }

    public List<String> parameterTypes() {
        return parameterTypes;
    }

    /** Loads a class the way the guarded class would see it, without initialising it. */
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        ClassLoader classLoader = null;
        if (loader != null) {
            classLoader = loader.get();
            if (classLoader == null) {
                throw new ClassNotFoundException(name + " (the class loader of " + typeName + " is gone)");
            }
        }
        return Class.forName(name, false, classLoader);
    }

    /** The class loader of the guarded class, or null for the boot loader (or when it is gone). */
    public ClassLoader classLoader() {
        return loader == null ? null : loader.get();
    }

    /** {@code com.acme.PricingClient#quote(java.lang.String)}, as messages and JMX name methods. */
    public String describe() {
        StringBuilder s = new StringBuilder(typeName).append('#').append(methodName).append('(');
        for (int i = 0; i < parameterTypes.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(readable(parameterTypes.get(i)));
        }
        return s.append(')').toString();
    }

    private static String readable(String binaryName) {
        if (!binaryName.startsWith("[")) {
            return binaryName;
        }
        int dimensions = binaryName.lastIndexOf('[') + 1;
        String element = binaryName.substring(dimensions);
        String name;
        switch (element.charAt(0)) {
            case 'Z': name = "boolean"; break;
            case 'B': name = "byte"; break;
            case 'C': name = "char"; break;
            case 'S': name = "short"; break;
            case 'I': name = "int"; break;
            case 'J': name = "long"; break;
            case 'F': name = "float"; break;
            case 'D': name = "double"; break;
            default: name = element.substring(1, element.length() - 1);
        }
        return name + "[]".repeat(dimensions);
    }

    @Override
    public String toString() {
        return describe() + " -> " + target;
    }
}
