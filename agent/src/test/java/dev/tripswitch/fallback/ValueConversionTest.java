package dev.tripswitch.fallback;

import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each return type of {@link Fixture} against the values HOCON can give it. Values are written as
 * Typesafe Config unwraps them: String, Boolean, Integer/Long/Double, List, Map, null.
 */
class ValueConversionTest {

    enum Speed { SLOW, MEDIUM }

    /** Constants with bodies are subclasses; the constant must still come out of the enum itself. */
    enum Gear {
        LOW { },
        HIGH
    }

    enum Empty { }

    /** One method per return type under test; the name says the type. */
    @SuppressWarnings({"rawtypes", "unused"})
    interface Fixture {
        void nothing();
        Void boxedVoid();
        boolean primitiveBoolean();
        Boolean boxedBoolean();
        byte primitiveByte();
        Byte boxedByte();
        short primitiveShort();
        Short boxedShort();
        int primitiveInt();
        Integer boxedInt();
        long primitiveLong();
        Long boxedLong();
        float primitiveFloat();
        Float boxedFloat();
        double primitiveDouble();
        Double boxedDouble();
        char primitiveChar();
        Character boxedChar();
        String string();
        BigDecimal bigDecimal();
        BigInteger bigInteger();
        Speed speed();
        Gear gear();
        Empty empty();
        Optional<String> optionalString();
        Optional<Integer> optionalInteger();
        Optional<Speed> optionalSpeed();
        Optional<List<Long>> optionalLongs();
        Optional rawOptional();
        OptionalInt optionalInt();
        OptionalLong optionalLong();
        OptionalDouble optionalDouble();
        List<Long> longs();
        List<String> strings();
        Collection<String> stringCollection();
        Iterable<Speed> speedIterable();
        List<List<Integer>> nestedInts();
        List rawList();
        List<?> wildcardList();
        <T> List<T> variableList();
        List<? extends Number> numberList();
        Set<Integer> intSet();
        Set<Speed> speedSet();
        Map<String, Integer> intsByName();
        Map<Speed, List<String>> namesBySpeed();
        Map<Integer, String> namesByNumber();
        Map<Boolean, String> namesByFlag();
        Map<?, ?> wildcardMap();
        Object object();
        Number number();
        CharSequence charSequence();
        Serializable serializable();
        Comparable<String> comparableString();
        Comparable<Long> comparableLong();
        <T extends Number> T boundedVariable();
        ArrayList<String> arrayList();
        HashMap<String, String> hashMap();
        String[] stringArray();
        int[] intArray();
        AtomicInteger atomicInteger();
    }

    private static TypeDescription.Generic returnTypeOf(String method) {
        try {
            return TypeDefinition.Sort.describe(Fixture.class.getMethod(method).getGenericReturnType());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static Object convert(Object value, String method) {
        return ValueConversion.plan(value, returnTypeOf(method)).resolve(ValueConversionTest.class.getClassLoader());
    }

    private static void assertRejected(Object value, String method, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueConversion.plan(value, returnTypeOf(method)))
                .withMessage(message);
    }

    /** Keeps the order written, as a HOCON object would. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    // ---- void and null

    @Test
    void voidTakesOnlyNull() {
        assertThat(convert(null, "nothing")).isNull();
        assertThat(convert(null, "boxedVoid")).isNull();
        String why = " (value = null makes a rejected call skip and return nothing)";
        assertRejected(5, "nothing", "5 is not null, as void needs" + why);
        assertRejected("x", "boxedVoid", "\"x\" is not null, as java.lang.Void needs" + why);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceTypes")
    void nullIsAValueForEveryReferenceType(String method) {
        assertThat(convert(null, method)).isNull();
    }

    static Stream<String> referenceTypes() {
        // Also the types a non-null value cannot fill: null needs no constructor.
        return Stream.of("boxedInt", "string", "bigDecimal", "speed", "strings", "intSet", "intsByName", "object",
                "number", "arrayList", "stringArray", "atomicInteger");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("primitiveTypes")
    void primitivesCannotBeNull(String method, String typeName) {
        assertRejected(null, method, typeName + " cannot be null");
    }

    static Stream<Arguments> primitiveTypes() {
        return Stream.of(
                arguments("primitiveBoolean", "boolean"),
                arguments("primitiveByte", "byte"),
                arguments("primitiveInt", "int"),
                arguments("primitiveDouble", "double"),
                arguments("primitiveChar", "char"));
    }

    // ---- boolean

    @Test
    void booleanFromHoconBoolean() {
        assertThat(convert(true, "primitiveBoolean")).isEqualTo(true);
        assertThat(convert(false, "boxedBoolean")).isEqualTo(false);
    }

    @Test
    void booleanRejectsStringsAndNumbers() {
        assertRejected("true", "primitiveBoolean",
                "\"true\" is not true or false, as boolean needs (write it without quotes)");
        assertRejected("yes", "primitiveBoolean", "\"yes\" is not true or false, as boolean needs");
        assertRejected(1, "boxedBoolean", "1 is not true or false, as java.lang.Boolean needs");
    }

    // ---- whole numbers

    @ParameterizedTest(name = "{0}")
    @MethodSource("integralTypes")
    void wholeNumberFitsEveryIntegralType(String method, Object twelve) {
        // 12L arrives for numbers beyond int; 12.0 only if a reader skipped the Integer normalisation.
        for (Object written : List.of(12, 12L, 12.0)) {
            assertThat(convert(written, method)).as("from %s", written.getClass().getSimpleName()).isEqualTo(twelve);
        }
    }

    static Stream<Arguments> integralTypes() {
        return Stream.of(
                arguments("primitiveByte", (byte) 12),
                arguments("boxedByte", (byte) 12),
                arguments("primitiveShort", (short) 12),
                arguments("boxedShort", (short) 12),
                arguments("primitiveInt", 12),
                arguments("boxedInt", 12),
                arguments("primitiveLong", 12L),
                arguments("boxedLong", 12L),
                arguments("bigInteger", BigInteger.valueOf(12)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("integralTypeNames")
    void fractionRejectedForIntegralTypes(String method, String typeName) {
        assertRejected(12.5, method, "12.5 is not a whole number, as " + typeName + " needs");
    }

    static Stream<Arguments> integralTypeNames() {
        return Stream.of(
                arguments("primitiveByte", "byte"),
                arguments("boxedShort", "java.lang.Short"),
                arguments("primitiveInt", "int"),
                arguments("boxedLong", "java.lang.Long"),
                arguments("bigInteger", "java.math.BigInteger"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("outOfRange")
    void outOfRangeNamesTheRange(Object value, String method, String message) {
        assertRejected(value, method, message);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                arguments(300, "primitiveByte", "300 is out of range for byte (-128 to 127)"),
                arguments(-129, "boxedByte", "-129 is out of range for java.lang.Byte (-128 to 127)"),
                arguments(40000, "primitiveShort", "40000 is out of range for short (-32768 to 32767)"),
                arguments(3_000_000_000L, "primitiveInt",
                        "3000000000 is out of range for int (-2147483648 to 2147483647)"),
                arguments(1e19, "boxedLong",
                        "1.0E19 is out of range for java.lang.Long (-9223372036854775808 to 9223372036854775807)"));
    }

    @Test
    void extremesOfEachRangeFit() {
        assertThat(convert(-128, "primitiveByte")).isEqualTo(Byte.MIN_VALUE);
        assertThat(convert(32767, "boxedShort")).isEqualTo(Short.MAX_VALUE);
        assertThat(convert(Long.MIN_VALUE, "primitiveLong")).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void integralTypesRejectStringsAndBooleans() {
        assertRejected("12", "primitiveInt", "\"12\" is not a whole number, as int needs (write it without quotes)");
        assertRejected("twelve", "boxedInt", "\"twelve\" is not a whole number, as java.lang.Integer needs");
        assertRejected(true, "primitiveLong", "true is not a whole number, as long needs");
        assertRejected(List.of(1), "primitiveInt", "a list is not a whole number, as int needs");
    }

    // ---- float and double

    @Test
    void floatingTypesTakeAnyNumber() {
        assertThat(convert(12, "primitiveFloat")).isEqualTo(12f);
        assertThat(convert(0.1, "boxedFloat")).isEqualTo(0.1f);
        assertThat(convert(0.1, "primitiveDouble")).isEqualTo(0.1);
        assertThat(convert(3_000_000_000L, "boxedDouble")).isEqualTo(3.0e9);
    }

    @Test
    void floatOverflowRejected() {
        assertRejected(1e300, "primitiveFloat", "1.0E300 is out of range for float (-3.4028235E38 to 3.4028235E38)");
    }

    @Test
    void floatingTypesRejectNonNumbers() {
        assertRejected("0.5", "primitiveDouble", "\"0.5\" is not a number, as double needs (write it without quotes)");
        assertRejected(false, "boxedFloat", "false is not a number, as java.lang.Float needs");
    }

    // ---- char and String

    @Test
    void charFromOneCharacterString() {
        assertThat(convert("x", "primitiveChar")).isEqualTo('x');
        assertThat(convert("é", "boxedChar")).isEqualTo('é');
    }

    @Test
    void charRejectsOtherLengthsAndNumbers() {
        assertRejected("ab", "primitiveChar", "\"ab\" is not one character, as char needs");
        assertRejected("", "boxedChar", "\"\" is not one character, as java.lang.Character needs");
        assertRejected(7, "primitiveChar", "7 is not one character, as char needs (quote it: \"7\")");
    }

    @Test
    void stringFromString() {
        assertThat(convert("closed for now", "string")).isEqualTo("closed for now");
        assertThat(convert("", "string")).isEqualTo("");
    }

    @Test
    void stringIsStrictAndHintsToQuote() {
        assertRejected(12, "string", "12 is not a string, as java.lang.String needs (quote it: \"12\")");
        assertRejected(true, "string", "true is not a string, as java.lang.String needs (quote it: \"true\")");
        assertRejected(List.of("a"), "string", "a list is not a string, as java.lang.String needs");
    }

    // ---- BigDecimal and BigInteger

    @Test
    void bigDecimalKeepsTheDecimalAsWritten() {
        assertThat(convert(0.1, "bigDecimal")).isEqualTo(new BigDecimal("0.1"));
        assertThat(convert(12, "bigDecimal")).isEqualTo(new BigDecimal("12"));
        assertThat(convert(3_000_000_000L, "bigDecimal")).isEqualTo(new BigDecimal("3000000000"));
    }

    @Test
    void bigNumbersFromStringsKeepEveryDigit() {
        assertThat(convert("12345678901234567890.123", "bigDecimal"))
                .isEqualTo(new BigDecimal("12345678901234567890.123"));
        assertThat(convert("123456789012345678901234567890", "bigInteger"))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(convert(1e20, "bigInteger")).isEqualTo(new BigInteger("100000000000000000000"));
    }

    @Test
    void bigNumbersRejectNonNumbersAndFractions() {
        assertRejected("abc", "bigDecimal", "\"abc\" is not a number, as java.math.BigDecimal needs");
        assertRejected(true, "bigDecimal", "true is not a number, as java.math.BigDecimal needs");
        assertRejected("1.5", "bigInteger", "\"1.5\" is not a whole number, as java.math.BigInteger needs");
    }

    // ---- enums

    @Test
    void enumConstantByName() {
        assertThat(convert("MEDIUM", "speed")).isEqualTo(Speed.MEDIUM);
        assertThat(convert("LOW", "gear")).isSameAs(Gear.LOW);
    }

    @Test
    void enumConstantResolvedThroughLoader() throws Exception {
        IsolatingLoader loader = new IsolatingLoader(Speed.class.getName());
        TypeDescription speed = TypePool.Default.of(ClassFileLocator.ForClassLoader.of(loader))
                .describe(Speed.class.getName()).resolve();

        ValueConversion.Planned planned = ValueConversion.plan("MEDIUM", speed.asGenericType());

        assertThat(loader.loadedIsolated()).as("loaded while planning").isFalse();
        Object resolved = planned.resolve(loader);
        assertThat(resolved.getClass().getClassLoader()).isSameAs(loader);
        assertThat(((Enum<?>) resolved).name()).isEqualTo("MEDIUM");
    }

    @Test
    void unknownEnumConstantListsTheConstants() {
        String speed = "enum " + Speed.class.getName();
        assertRejected("FAST", "speed", "no constant FAST in " + speed + " (constants: SLOW, MEDIUM)");
        assertRejected("slow", "speed", "no constant slow in " + speed + " (constants: SLOW, MEDIUM)");
        assertRejected(1, "speed", "1 is not the name of a constant, as " + speed + " needs (constants: SLOW, MEDIUM)");
        assertRejected("ANY", "empty", "no constant ANY in enum " + Empty.class.getName() + " (constants: none)");
    }

    // ---- Optional

    @Test
    void optionalWrapsTheConvertedValue() {
        assertThat(convert("x", "optionalString")).isEqualTo(Optional.of("x"));
        assertThat(convert(12.0, "optionalInteger")).isEqualTo(Optional.of(12));
        assertThat(convert("SLOW", "optionalSpeed")).isEqualTo(Optional.of(Speed.SLOW));
        assertThat(convert(List.of(1, 2), "optionalLongs")).isEqualTo(Optional.of(List.of(1L, 2L)));
        assertThat(convert(true, "rawOptional")).isEqualTo(Optional.of(true));
    }

    @Test
    void nullOptionalIsEmpty() {
        assertThat(convert(null, "optionalString")).isEqualTo(Optional.empty());
        assertThat(convert(null, "optionalInt")).isEqualTo(OptionalInt.empty());
        assertThat(convert(null, "optionalLong")).isEqualTo(OptionalLong.empty());
        assertThat(convert(null, "optionalDouble")).isEqualTo(OptionalDouble.empty());
    }

    @Test
    void primitiveOptionalsHoldTheirNumber() {
        assertThat(convert(5, "optionalInt")).isEqualTo(OptionalInt.of(5));
        assertThat(convert(3_000_000_000L, "optionalLong")).isEqualTo(OptionalLong.of(3_000_000_000L));
        assertThat(convert(0.5, "optionalDouble")).isEqualTo(OptionalDouble.of(0.5));
    }

    @Test
    void optionalContentErrorsNameTheContentType() {
        assertRejected(12.5, "optionalInteger", "12.5 is not a whole number, as java.lang.Integer needs");
        assertRejected(12.5, "optionalInt", "12.5 is not a whole number, as java.util.OptionalInt needs");
        assertRejected("x", "optionalDouble", "\"x\" is not a number, as java.util.OptionalDouble needs");
    }

    // ---- List, Collection, Iterable, Set

    @Test
    void listElementsConvertedToTypeArgument() {
        assertThat(convert(List.of(1, 2.0, 3_000_000_000L), "longs")).isEqualTo(List.of(1L, 2L, 3_000_000_000L));
        assertThat(convert(List.of("a", "b"), "stringCollection")).isEqualTo(List.of("a", "b"));
        assertThat(convert(List.of("SLOW", "SLOW"), "speedIterable")).isEqualTo(List.of(Speed.SLOW, Speed.SLOW));
        assertThat(convert(List.of(List.of(1), List.of()), "nestedInts")).isEqualTo(List.of(List.of(1), List.of()));
    }

    @Test
    void listAllowsNullElementsAndIsUnmodifiable() {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) convert(Arrays.asList("a", null), "strings");

        assertThat(list).containsExactly("a", null);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listElementErrorSaysWhere() {
        assertRejected(List.of(1, 2, 12.5), "longs", "element 2: 12.5 is not a whole number, as java.lang.Long needs");
        assertRejected(List.of(List.of(1), List.of(2, "x")), "nestedInts",
                "element 1: element 1: \"x\" is not a whole number, as java.lang.Integer needs");
        assertRejected(List.of("FAST"), "speedIterable",
                "element 0: no constant FAST in enum " + Speed.class.getName() + " (constants: SLOW, MEDIUM)");
    }

    @Test
    void listNeedsAHoconList() {
        assertRejected("a", "strings", "\"a\" is not a list, as java.util.List<java.lang.String> needs");
        assertRejected(object("a", 1), "intSet", "an object is not a list, as java.util.Set<java.lang.Integer> needs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("untypedLists")
    void untypedElementsStayAsWritten(String method) {
        List<Object> written = new ArrayList<>(Arrays.asList("a", 1, 2.5, true, null, List.of("b"), object("c", 3)));

        Object converted = convert(written, method);

        assertThat(converted).isEqualTo(written);
        written.set(0, "changed");
        assertThat((List<?>) converted).first().isEqualTo("a");
        assertThatThrownBy(() -> ((List<?>) converted).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    static Stream<String> untypedLists() {
        return Stream.of("rawList", "wildcardList", "variableList");
    }

    @Test
    void wildcardElementsConvertedToTheirBound() {
        assertThat(convert(List.of(1, 2.5), "numberList")).isEqualTo(List.of(1, 2.5));
        assertRejected(List.of("x"), "numberList", "element 0: \"x\" (java.lang.String) is not a java.lang.Number");
    }

    @Test
    void setKeepsListOrderAndCollapsesRepeats() {
        @SuppressWarnings("unchecked")
        Set<Object> set = (Set<Object>) convert(List.of(3, 1, 3.0, 2), "intSet");

        assertThat(set).containsExactly(3, 1, 2);
        assertThatThrownBy(() -> set.remove(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(convert(List.of("MEDIUM", "SLOW"), "speedSet")).isEqualTo(Set.of(Speed.MEDIUM, Speed.SLOW));
    }

    // ---- Map

    @Test
    void mapKeysAndValuesConvertedInOrder() {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) convert(object("b", 1, "a", 2.0, "c", null), "intsByName");

        assertThat(map).containsExactly(entry("b", 1), entry("a", 2), entry("c", null));
        assertThatThrownBy(() -> map.clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mapKeysConvertedToKeyType() {
        assertThat(convert(object("SLOW", List.of("walk"), "MEDIUM", List.of()), "namesBySpeed"))
                .isEqualTo(Map.of(Speed.SLOW, List.of("walk"), Speed.MEDIUM, List.of()));
        assertThat(convert(object("1", "one", "20", "twenty"), "namesByNumber"))
                .isEqualTo(Map.of(1, "one", 20, "twenty"));
        assertThat(convert(object("true", "yes", "false", "no"), "namesByFlag"))
                .isEqualTo(Map.of(true, "yes", false, "no"));
    }

    @Test
    void mapErrorsSayWhichKey() {
        assertRejected(object("a", 1, "b", 12.5), "intsByName",
                "key \"b\": 12.5 is not a whole number, as java.lang.Integer needs");
        assertRejected(object("x", "?"), "namesByNumber", "key \"x\": not a number, as java.lang.Integer needs");
        assertRejected(object("1.5", "?"), "namesByNumber",
                "key \"1.5\": 1.5 is not a whole number, as java.lang.Integer needs");
        assertRejected(object("yes", "?"), "namesByFlag", "key \"yes\": not true or false, as java.lang.Boolean needs");
        assertRejected(object("FAST", List.of()), "namesBySpeed",
                "key \"FAST\": no constant FAST in enum " + Speed.class.getName() + " (constants: SLOW, MEDIUM)");
        assertRejected(object("SLOW", List.of(1)), "namesBySpeed",
                "key \"SLOW\": element 0: 1 is not a string, as java.lang.String needs (quote it: \"1\")");
    }

    @Test
    void keysThatConvertToTheSameKeyRejected() {
        assertRejected(object("1", "a", "01", "b"), "namesByNumber",
                "key \"01\": the same java.lang.Integer as key \"1\"; one of the values would be lost");
    }

    @Test
    void mapNeedsAHoconObject() {
        assertRejected(List.of(), "intsByName",
                "a list is not an object, as java.util.Map<java.lang.String, java.lang.Integer> needs");
    }

    @Test
    void untypedMapStaysAsWrittenButUnmodifiable() {
        Map<String, Object> written = object("a", 1, "b", new ArrayList<>(List.of("x")));

        Map<?, ?> converted = (Map<?, ?>) convert(written, "wildcardMap");

        assertThat(converted).isEqualTo(written);
        assertThatThrownBy(() -> ((List<?>) converted.get("b")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- supertypes of the value as written

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("supertypes")
    void supertypeTakesTheValueAsWritten(Object value, String method) {
        assertThat(convert(value, method)).isEqualTo(value);
    }

    static Stream<Arguments> supertypes() {
        return Stream.of(
                arguments("x", "object"),
                arguments(5, "object"),
                arguments(true, "object"),
                arguments(List.of(1, "a"), "object"),
                arguments(Map.of("a", 1), "object"),
                arguments(5, "number"),
                arguments(3_000_000_000L, "number"),
                arguments(2.5, "number"),
                arguments("x", "charSequence"),
                arguments("x", "serializable"),
                arguments(2.5, "serializable"),
                arguments("x", "comparableString"),
                arguments(5L, "comparableLong"),
                arguments(5, "boundedVariable"));
    }

    @Test
    void supertypeRejectsAValueItCannotHold() {
        assertRejected("x", "number", "\"x\" (java.lang.String) is not a java.lang.Number");
        assertRejected(List.of(), "charSequence", "a list (java.util.List) is not a java.lang.CharSequence");
        // Generic-aware: an Integer is a Comparable, but not a Comparable<Long>.
        assertRejected(5, "comparableLong", "5 (java.lang.Integer) is not a java.lang.Comparable<java.lang.Long>");
        assertRejected("x", "boundedVariable", "\"x\" (java.lang.String) is not a java.lang.Number");
    }

    // ---- everything else

    @ParameterizedTest(name = "{1}")
    @MethodSource("unsupportedTypes")
    void otherTypesSayWhatIsSupported(Object value, String method, String typeName) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ValueConversion.plan(value, returnTypeOf(method)))
                .withMessageStartingWith(typeName + " cannot be made from a value;"
                        + " a value fallback supports null, boolean,")
                .withMessageContaining("List, Collection, Iterable, Set, Map");
    }

    static Stream<Arguments> unsupportedTypes() {
        return Stream.of(
                arguments(List.of("a"), "arrayList", "java.util.ArrayList<java.lang.String>"),
                arguments(object("a", "b"), "hashMap", "java.util.HashMap<java.lang.String, java.lang.String>"),
                arguments(List.of("a"), "stringArray", "java.lang.String[]"),
                arguments(List.of(1), "intArray", "int[]"),
                arguments(5, "atomicInteger", "java.util.concurrent.atomic.AtomicInteger"));
    }

    /** Defines one class itself, from the parent's class file, and delegates everything else. */
    private static final class IsolatingLoader extends ClassLoader {
        private final String isolated;

        IsolatingLoader(String isolated) {
            super(ValueConversionTest.class.getClassLoader());
            this.isolated = isolated;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(isolated)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes = classFile(name);
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                return loaded;
            }
        }

        private byte[] classFile(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        boolean loadedIsolated() {
            return findLoadedClass(isolated) != null;
        }
    }
}
