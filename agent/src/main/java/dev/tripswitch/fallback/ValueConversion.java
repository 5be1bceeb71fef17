package dev.tripswitch.fallback;

import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDescription;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Converts a {@code fallback { value = ... }} to a guarded method's return type (SPEC §4).
 *
 * <p>The check runs at instrumentation time, when the return type is only a Byte Buddy description:
 * nothing here loads a class. What can go wrong is found then, so {@link Planned#resolve} only builds
 * the object; it needs the method's class loader for enum constants alone.
 *
 * <table>
 *   <caption>What each return type accepts</caption>
 *   <tr><td>{@code void}, {@code Void}</td><td>only null: the rejected call simply skips</td></tr>
 *   <tr><td>any other reference type</td><td>null (for {@code Optional*}: empty)</td></tr>
 *   <tr><td>{@code boolean}, {@code Boolean}</td><td>true or false</td></tr>
 *   <tr><td>{@code byte short int long} and boxes</td><td>a whole number in range; 12.0 is fine, 12.5 is not</td></tr>
 *   <tr><td>{@code float double} and boxes</td><td>any number (a float must not overflow)</td></tr>
 *   <tr><td>{@code char}, {@code Character}</td><td>a one-character string</td></tr>
 *   <tr><td>{@code String}</td><td>a string; a number or boolean is an error with a hint to quote it</td></tr>
 *   <tr><td>{@code BigDecimal}, {@code BigInteger}</td><td>a number, or a string holding one (HOCON numbers are
 *       doubles, so a string is the only way to write more digits than a double keeps)</td></tr>
 *   <tr><td>enums</td><td>the exact name of a constant</td></tr>
 *   <tr><td>{@code Optional<T>}, {@code OptionalInt/Long/Double}</td><td>the value converted to T,
 *       or null for empty</td></tr>
 *   <tr><td>{@code List<T>}, {@code Collection<T>}, {@code Iterable<T>}</td><td>a list: unmodifiable,
 *       nulls allowed</td></tr>
 *   <tr><td>{@code Set<T>}</td><td>a list: unmodifiable, in list order, repeats collapsed as in any set</td></tr>
 *   <tr><td>{@code Map<K, V>}</td><td>an object: unmodifiable, in the order given; keys converted to K, and two
 *       keys that convert to the same K ({@code "1"} and {@code "01"}) are an error, as a value would be lost</td></tr>
 *   <tr><td>a supertype such as {@code Object}, {@code Number}, {@code CharSequence}</td><td>the value as
 *       written (String, Boolean, Integer, Long, Double, List, Map) if it is one</td></tr>
 * </table>
 *
 * <p>A type variable stands for its erasure and a wildcard for its upper bound, so a raw
 * {@code List}, {@code List<?>} or {@code List<T>} keeps its elements as written. Strings are never
 * parsed as numbers or booleans, nor numbers turned into strings: a value of the wrong kind is more
 * likely a mistake than a shorthand. Concrete collection classes, arrays and every other type are
 * errors: the value would have to be built through a constructor we cannot check here.
 */
public final class ValueConversion {

    /** A converted value, ready to return; resolve is called once, on the first rejected call. */
    public interface Planned {
        /**
         * @param loader the guarded method's class loader (null for the boot loader); only enum constants use it
         * @return the value to return: immutable, as every rejected call shares it
         */
        Object resolve(ClassLoader loader);
    }

    private static final String SUPPORTED = "a value fallback supports null, boolean, the number primitives,"
            + " char and their boxes, String, BigDecimal, BigInteger, enums, Optional, OptionalInt, OptionalLong,"
            + " OptionalDouble, List, Collection, Iterable, Set, Map, and supertypes of the value as written"
            + " such as Object or Number";

    /** The classes a value arrives as from Typesafe Config, for supertypes such as Number or Comparable. */
    private static final List<Class<?>> AS_WRITTEN = List.of(
            String.class, Boolean.class, Integer.class, Long.class, Double.class, List.class, Map.class);

    private static final Constant NULL = new Constant(null);

    private ValueConversion() {
    }

    /**
     * @param value as Typesafe Config unwraps it: null, String, Boolean, Integer/Long/Double (a whole number
     *              written 0.0 arrives as Integer), or unmodifiable List / Map&lt;String,Object&gt; of those, nested
     * @param type the method's generic return type (for CompletionStage methods the type argument, not the stage)
     * @throws IllegalArgumentException whose message says what was expected and what was found, e.g.
     *         "12.5 is not a whole number, as int needs"; inside a list or map it starts with where,
     *         e.g. "element 2: " (counted from 0) or "key \"x\": "
     */
    public static Planned plan(Object value, TypeDescription.Generic type) {
        return convert(value, type);
    }

    private static Planned convert(Object value, TypeDescription.Generic declared) {
        TypeDescription.Generic type = withoutVariables(declared);
        TypeDescription erasure = type.asErasure();
        String name = erasure.getName();
        switch (name) {
            case "void":
            case "java.lang.Void":
                return onlyNull(value, type);
            case "java.util.Optional":
                return optional(value, type);
            case "java.util.OptionalInt":
            case "java.util.OptionalLong":
            case "java.util.OptionalDouble":
                return new Constant(primitiveOptional(value, name));
            default:
                break;
        }
        if (value == null) {
            if (erasure.isPrimitive()) {
                throw new IllegalArgumentException(name + " cannot be null");
            }
            return NULL;
        }
        Object scalar = scalar(value, name, typeName(type));
        if (scalar != null) {
            return new Constant(scalar);
        }
        if (erasure.isEnum()) {
            return enumConstant(value, erasure);
        }
        switch (name) {
            case "java.util.List":
            case "java.util.Collection":
            case "java.lang.Iterable":
                return list(value, type);
            case "java.util.Set":
                return set(value, type);
            case "java.util.Map":
                return map(value, type);
            default:
                return asWritten(value, type);
        }
    }

    /** {@code <T> T m()} can only be checked against T's bound; {@code List<? extends Number>} holds Numbers. */
    private static TypeDescription.Generic withoutVariables(TypeDescription.Generic type) {
        if (type.getSort().isWildcard()) {
            return withoutVariables(type.getUpperBounds().getOnly());
        }
        if (type.getSort().isTypeVariable()) {
            return type.asErasure().asGenericType();
        }
        return type;
    }

    private static Planned onlyNull(Object value, TypeDescription.Generic type) {
        if (value != null) {
            throw new IllegalArgumentException(describe(value) + " is not null, as " + typeName(type)
                    + " needs (value = null makes a rejected call skip and return nothing)");
        }
        return NULL;
    }

    // ---- scalars: converted at once, the result is the final immutable value

    /** The value as the scalar type {@code name}, or null if {@code name} is not a scalar type. */
    private static Object scalar(Object value, String name, String typeName) {
        switch (name) {
            case "boolean":
            case "java.lang.Boolean":
                return bool(value, typeName);
            case "byte":
            case "java.lang.Byte":
                return (byte) wholeNumber(value, typeName, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case "short":
            case "java.lang.Short":
                return (short) wholeNumber(value, typeName, Short.MIN_VALUE, Short.MAX_VALUE);
            case "int":
            case "java.lang.Integer":
                return (int) wholeNumber(value, typeName, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case "long":
            case "java.lang.Long":
                return wholeNumber(value, typeName, Long.MIN_VALUE, Long.MAX_VALUE);
            case "float":
            case "java.lang.Float":
                return floatNumber(value, typeName);
            case "double":
            case "java.lang.Double":
                return number(value, typeName).doubleValue();
            case "char":
            case "java.lang.Character":
                return character(value, typeName);
            case "java.lang.String":
                return string(value, typeName);
            case "java.math.BigDecimal":
                return bigDecimal(value, typeName);
            case "java.math.BigInteger":
                return bigInteger(value, typeName);
            default:
                return null;
        }
    }

    private static Boolean bool(Object value, String typeName) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        boolean quoted = "true".equals(value) || "false".equals(value);
        throw notA(value, "true or false", typeName, quoted ? "write it without quotes" : null);
    }

    private static long wholeNumber(Object value, String typeName, long min, long max) {
        BigInteger whole = whole(value, typeName);
        if (whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException(describe(value) + " is out of range for " + typeName
                    + " (" + min + " to " + max + ")");
        }
        return whole.longValue();
    }

    private static BigInteger whole(Object value, String typeName) {
        try {
            return decimal(value, "a whole number", typeName).toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            throw notA(value, "a whole number", typeName, null);
        }
    }

    private static float floatNumber(Object value, String typeName) {
        double number = number(value, typeName).doubleValue();
        float narrowed = (float) number;
        // Losing digits is what a float does; turning a finite number into infinity is not.
        if (Float.isInfinite(narrowed) && !Double.isInfinite(number)) {
            throw new IllegalArgumentException(describe(value) + " is out of range for " + typeName
                    + " (" + -Float.MAX_VALUE + " to " + Float.MAX_VALUE + ")");
        }
        return narrowed;
    }

    private static Number number(Object value, String typeName) {
        if (value instanceof Number) {
            return (Number) value;
        }
        throw notA(value, "a number", typeName, looksLikeNumber(value) ? "write it without quotes" : null);
    }

    /** The value as a BigDecimal; a double through its shortest decimal form, so 0.1 stays 0.1. */
    private static BigDecimal decimal(Object value, String expected, String typeName) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof Number) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        throw notA(value, expected, typeName, looksLikeNumber(value) ? "write it without quotes" : null);
    }

    private static Character character(Object value, String typeName) {
        if (value instanceof String && ((String) value).length() == 1) {
            return ((String) value).charAt(0);
        }
        throw notA(value, "one character", typeName, quoteHint(value));
    }

    private static String string(Object value, String typeName) {
        if (value instanceof String) {
            return (String) value;
        }
        throw notA(value, "a string", typeName, quoteHint(value));
    }

    private static BigDecimal bigDecimal(Object value, String typeName) {
        return value instanceof String ? parsed((String) value, typeName) : decimal(value, "a number", typeName);
    }

    private static BigInteger bigInteger(Object value, String typeName) {
        if (!(value instanceof String)) {
            return whole(value, typeName);
        }
        try {
            return parsed((String) value, typeName).toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            throw notA(value, "a whole number", typeName, null);
        }
    }

    private static BigDecimal parsed(String text, String typeName) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw notA(text, "a number", typeName, null);
        }
    }

    private static boolean looksLikeNumber(Object value) {
        if (!(value instanceof String)) {
            return false;
        }
        try {
            new BigDecimal((String) value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String quoteHint(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return "quote it: \"" + value + "\"";
        }
        return null;
    }

    // ---- enums: checked against the constants in the class file, fetched through the loader later

    private static Planned enumConstant(Object value, TypeDescription enumType) {
        List<String> constants = enumType.getDeclaredFields().stream()
                .filter(FieldDescription.InDefinedShape::isEnum)
                .map(FieldDescription.InDefinedShape::getName)
                .collect(Collectors.toList());
        String listed = "constants: " + (constants.isEmpty() ? "none" : String.join(", ", constants));
        if (!(value instanceof String)) {
            throw notA(value, "the name of a constant", "enum " + enumType.getName(), listed);
        }
        String constant = (String) value;
        if (!constants.contains(constant)) {
            throw new IllegalArgumentException("no constant " + constant + " in enum " + enumType.getName()
                    + " (" + listed + ")");
        }
        String className = enumType.getName();
        return loader -> enumValue(className, constant, loader);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String className, String constant, ClassLoader loader) {
        Class<?> type;
        try {
            // The method's own loader sees its return type; loading it here, not while planning, is the point.
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new TypeNotPresentException(className, e);
        }
        return Enum.valueOf((Class) type, constant);
    }

    // ---- Optional: null is empty, anything else is converted to the type argument

    private static Planned optional(Object value, TypeDescription.Generic type) {
        if (value == null) {
            return new Constant(Optional.empty());
        }
        Planned content = convert(value, typeArgument(type, 0));
        return loader -> Optional.of(content.resolve(loader));
    }

    private static Object primitiveOptional(Object value, String name) {
        switch (name) {
            case "java.util.OptionalInt":
                return value == null ? OptionalInt.empty()
                        : OptionalInt.of((int) wholeNumber(value, name, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case "java.util.OptionalLong":
                return value == null ? OptionalLong.empty()
                        : OptionalLong.of(wholeNumber(value, name, Long.MIN_VALUE, Long.MAX_VALUE));
            default:
                return value == null ? OptionalDouble.empty() : OptionalDouble.of(number(value, name).doubleValue());
        }
    }

    // ---- collections: every element planned now, so an error names its place; built unmodifiable on resolve

    private static Planned list(Object value, TypeDescription.Generic type) {
        List<Planned> elements = elements(value, type);
        return loader -> Collections.unmodifiableList(resolveAll(elements, loader));
    }

    private static Planned set(Object value, TypeDescription.Generic type) {
        List<Planned> elements = elements(value, type);
        return loader -> Collections.unmodifiableSet(new LinkedHashSet<>(resolveAll(elements, loader)));
    }

    private static List<Planned> elements(Object value, TypeDescription.Generic type) {
        if (!(value instanceof List)) {
            throw notA(value, "a list", typeName(type), null);
        }
        TypeDescription.Generic elementType = typeArgument(type, 0);
        List<?> values = (List<?>) value;
        List<Planned> elements = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            elements.add(convertAt("element " + i, values.get(i), elementType));
        }
        return elements;
    }

    /** ArrayList, not List.copyOf: null is a valid element. */
    private static List<Object> resolveAll(List<Planned> planned, ClassLoader loader) {
        List<Object> resolved = new ArrayList<>(planned.size());
        for (Planned element : planned) {
            resolved.add(element.resolve(loader));
        }
        return resolved;
    }

    private static Planned map(Object value, TypeDescription.Generic type) {
        if (!(value instanceof Map)) {
            throw notA(value, "an object", typeName(type), null);
        }
        TypeDescription.Generic keyType = typeArgument(type, 0);
        TypeDescription.Generic valueType = typeArgument(type, 1);
        List<Planned> keys = new ArrayList<>();
        List<Planned> values = new ArrayList<>();
        Map<Object, String> keysSeen = new HashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            String key = String.valueOf(entry.getKey());
            String where = "key \"" + key + "\"";
            Planned converted = key(where, key, keyType);
            // Only numbers can collide ("1", "01"); HOCON keys, and so enum names, are already distinct.
            if (converted instanceof Constant) {
                String earlier = keysSeen.putIfAbsent(((Constant) converted).value, key);
                if (earlier != null) {
                    throw new IllegalArgumentException(where + ": the same " + typeName(keyType)
                            + " as key \"" + earlier + "\"; one of the values would be lost");
                }
            }
            keys.add(converted);
            values.add(convertAt(where, entry.getValue(), valueType));
        }
        return loader -> {
            Map<Object, Object> resolved = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                resolved.put(keys.get(i).resolve(loader), values.get(i).resolve(loader));
            }
            return Collections.unmodifiableMap(resolved);
        };
    }

    /** A HOCON key is always a string; number and boolean key types parse it, the others take it as is. */
    private static Planned key(String where, String key, TypeDescription.Generic declared) {
        TypeDescription.Generic type = withoutVariables(declared);
        switch (type.asErasure().getName()) {
            case "java.lang.Byte":
            case "java.lang.Short":
            case "java.lang.Integer":
            case "java.lang.Long":
            case "java.lang.Float":
            case "java.lang.Double":
                BigDecimal number;
                try {
                    number = new BigDecimal(key);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": not a number, as " + typeName(type) + " needs");
                }
                return convertAt(where, number, type);
            case "java.lang.Boolean":
                if (!key.equals("true") && !key.equals("false")) {
                    throw new IllegalArgumentException(where + ": not true or false, as " + typeName(type) + " needs");
                }
                return new Constant(Boolean.valueOf(key));
            default:
                return convertAt(where, key, type);
        }
    }

    private static Planned convertAt(String where, Object value, TypeDescription.Generic type) {
        try {
            return convert(value, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** A raw {@code List} or {@code Map} holds Objects: its values stay as written. */
    private static TypeDescription.Generic typeArgument(TypeDescription.Generic type, int index) {
        return type.getSort().isParameterized() ? type.getTypeArguments().get(index) : TypeDescription.Generic.OBJECT;
    }

    // ---- supertypes: the value as Typesafe Config gave it, if the declared type can hold it

    private static Planned asWritten(Object value, TypeDescription.Generic type) {
        Class<?> writtenAs = writtenAs(value);
        if (holds(type, writtenAs)) {
            return new Constant(deepCopy(value));
        }
        if (AS_WRITTEN.stream().anyMatch(written -> holds(type, written))) {
            throw new IllegalArgumentException(describe(value) + " (" + writtenAs.getName() + ") is not a "
                    + typeName(type));
        }
        throw new IllegalArgumentException(typeName(type) + " cannot be made from a value; " + SUPPORTED);
    }

    /** Generic-aware, so that {@code Comparable<Long>} does not take an Integer. */
    private static boolean holds(TypeDescription.Generic type, Class<?> written) {
        return type.accept(TypeDescription.Generic.Visitor.Assigner.INSTANCE)
                .isAssignableFrom(TypeDescription.ForLoadedType.of(written).asGenericType());
    }

    private static Class<?> writtenAs(Object value) {
        for (Class<?> written : AS_WRITTEN) {
            if (written.isInstance(value)) {
                return written;
            }
        }
        throw new IllegalArgumentException("a value of " + value.getClass().getName()
                + " is not one Typesafe Config makes");
    }

    /** Whatever list or map arrives, the copy is ours and unmodifiable: every rejected call shares it. */
    private static Object deepCopy(Object value) {
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            for (Object element : (List<?>) value) {
                copy.add(deepCopy(element));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                copy.put(entry.getKey(), deepCopy(entry.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        return value;
    }

    // ---- messages

    private static IllegalArgumentException notA(Object value, String expected, String typeName, String hint) {
        return new IllegalArgumentException(describe(value) + " is not " + expected + ", as " + typeName + " needs"
                + (hint == null ? "" : " (" + hint + ")"));
    }

    /** As Java writes it: {@code int[]}, {@code java.util.List<java.lang.String>}. */
    private static String typeName(TypeDescription.Generic type) {
        return type.getSort().isNonGeneric() ? type.asErasure().getActualName() : type.getTypeName();
    }

    private static String describe(Object value) {
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return String.valueOf(value);
    }

    /** A value that needs nothing from the loader: every scalar, null, and anything as written. */
    private static final class Constant implements Planned {
        final Object value;

        Constant(Object value) {
            this.value = value;
        }

        @Override
        public Object resolve(ClassLoader loader) {
            return value;
        }
    }
}
