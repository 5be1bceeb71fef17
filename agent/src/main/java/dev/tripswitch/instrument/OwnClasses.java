package dev.tripswitch.instrument;

import dev.tripswitch.CallNotPermittedException;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.utility.JavaModule;

import java.net.URL;
import java.security.CodeSource;
import java.security.ProtectionDomain;

/**
 * The classes the agent never weaves: its own (from its jar, shaded libraries included, or injected
 * into the boot loader) and synthetic ones. Matched by where a class comes from rather than by its
 * package alone, so that an application in a {@code dev.tripswitch} package of its own, such as the
 * demo, can be guarded.
 */
final class OwnClasses implements AgentBuilder.RawMatcher {
    private static final String BOOTSTRAP_PACKAGE = "dev.tripswitch.bootstrap.";
    private static final String SHADED_PACKAGE = "dev.tripswitch.shaded.";

    private final String agentLocation = location(OwnClasses.class.getProtectionDomain());

    @Override
    public boolean matches(TypeDescription type, ClassLoader classLoader, JavaModule module,
                           Class<?> classBeingRedefined, ProtectionDomain protectionDomain) {
        String name = type.getName();
        if (name.startsWith(BOOTSTRAP_PACKAGE) || name.startsWith(SHADED_PACKAGE)
                || name.equals(CallNotPermittedException.class.getName())) {
            return true;
        }
        if (agentLocation != null && name.startsWith("dev.tripswitch.") && agentLocation.equals(location(protectionDomain))) {
            return true;
        }
        return type.isSynthetic();
    }

    private static String location(ProtectionDomain domain) {
        CodeSource source = domain == null ? null : domain.getCodeSource();
        URL url = source == null ? null : source.getLocation();
        return url == null ? null : url.toString();
    }
}
