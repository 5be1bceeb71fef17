package dev.tripswitch.bootstrap;

import dev.tripswitch.CallNotPermittedException;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.commons.ClassRemapper;
import net.bytebuddy.jar.asm.commons.Remapper;
import net.bytebuddy.jar.asm.ClassWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classes injected into the boot loader can reach nothing but the JDK and each other: the boot
 * loader sees no other class of the agent, and woven code in any loader must be able to link them.
 */
class BootstrapDependenciesTest {

    @Test
    void bootstrapClassesReferenceOnlyTheJdkAndEachOther() throws Exception {
        List<Class<?>> injected = new ArrayList<>(bootstrapPackageClasses());
        injected.add(CallNotPermittedException.class);
        assertThat(injected).hasSizeGreaterThanOrEqualTo(5);

        Set<String> allowed = injected.stream().map(c -> c.getName().replace('.', '/')).collect(Collectors.toSet());
        Set<String> strangers = new TreeSet<>();
        for (Class<?> type : injected) {
            for (String referenced : referencedTypes(type)) {
                if (!referenced.startsWith("java/") && !allowed.contains(referenced)) {
                    strangers.add(type.getSimpleName() + " -> " + referenced);
                }
            }
        }
        assertThat(strangers).isEmpty();
    }

    private static List<Class<?>> bootstrapPackageClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(Dispatcher.class.getResource("Dispatcher.class").toURI()).getParent();
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class")) {
                    classes.add(Class.forName("dev.tripswitch.bootstrap." + name.substring(0, name.length() - 6)));
                }
            }
        }
        return classes;
    }

    /** Every type a class's bytecode names: supertypes, fields, signatures, instructions. */
    private static Set<String> referencedTypes(Class<?> type) throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            new ClassReader(in).accept(new ClassRemapper(new ClassWriter(0), new Remapper() {
                @Override
                public String map(String internalName) {
                    names.add(internalName.startsWith("[") ? internalName.replaceAll("^\\[+L?|;$", "") : internalName);
                    return internalName;
                }
            }), 0);
        }
        names.removeIf(n -> n.length() == 1); // primitive array elements
        return names;
    }
}
