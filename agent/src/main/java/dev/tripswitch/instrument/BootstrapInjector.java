package dev.tripswitch.instrument;

import net.bytebuddy.dynamic.loading.ClassInjector;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Puts the classes woven code calls ({@code dev.tripswitch.bootstrap} and
 * {@code CallNotPermittedException}) on the boot class path, so that a guarded class in any class
 * loader finds them, including the JDK's own classes. It must run before anything loads one of them
 * from the agent jar: that would make a second copy with statics of its own.
 */
public final class BootstrapInjector {
    private static final String BOOTSTRAP_PACKAGE = "dev/tripswitch/bootstrap/";
    private static final String CALL_NOT_PERMITTED = "dev/tripswitch/CallNotPermittedException.class";

    private BootstrapInjector() {
    }

    public static void inject(Instrumentation instrumentation, Class<?> fromAgentJar) throws IOException {
        if (Runtime.version().feature() >= 24) {
            // Keeps our Byte Buddy off sun.misc.Unsafe, whose use prints a warning on the host's
            // stderr from Java 24 on (JEP 498). Shading renamed the property, so a Byte Buddy of
            // the host's own does not see it.
            System.setProperty(ClassInjector.UsingUnsafe.SAFE_PROPERTY, "true");
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (JarFile jar = new JarFile(agentJar(fromAgentJar))) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean bootstrapClass = name.startsWith(BOOTSTRAP_PACKAGE) && name.endsWith(".class")
                        || name.equals(CALL_NOT_PERMITTED);
                if (bootstrapClass) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), in.readAllBytes());
                    }
                }
            }
        }
        if (classes.isEmpty()) {
            throw new IOException("the agent jar holds no " + BOOTSTRAP_PACKAGE + " classes");
        }
        // Defining the classes straight into the boot loader leaves the boot class path alone:
        // appending to it makes Java 11 to 23 stop sharing (CDS) the host's own classes, which slows
        // the host's start and prints a warning on its stderr. From Java 24 on, the Unsafe this
        // takes prints a warning of its own (JEP 498), so there the boot class path is appended to.
        ClassInjector.UsingUnsafe.Factory unsafe = Runtime.version().feature() < 24
                ? ClassInjector.UsingUnsafe.Factory.resolve(instrumentation) : null;
        if (unsafe != null && unsafe.isAvailable()) {
            try {
                unsafe.make(null).injectRaw(classes);
                return;
            } catch (RuntimeException | LinkageError unavailable) {
                // the JDK refused: append to the boot class path instead
            }
        }
        Path folder = Files.createTempDirectory("tripswitch-bootstrap");
        folder.toFile().deleteOnExit();
        ClassInjector.UsingInstrumentation.of(folder.toFile(), ClassInjector.UsingInstrumentation.Target.BOOTSTRAP, instrumentation)
                .injectRaw(classes);
        for (File written : folder.toFile().listFiles()) {
            written.deleteOnExit();
        }
    }

    private static File agentJar(Class<?> fromAgentJar) throws IOException {
        try {
            File jar = new File(fromAgentJar.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.isFile()) {
                throw new IOException("the agent runs from " + jar + ", not from its jar");
            }
            return jar;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("cannot find the agent jar: " + e, e);
        }
    }
}
