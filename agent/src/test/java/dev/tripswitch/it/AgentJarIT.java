package dev.tripswitch.it;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape of the built jar (SPEC §1): self-contained, relocated, with the manifest an agent needs. */
class AgentJarIT {

    @Test
    void everyClassIsTripswitchsOwnOrRelocatedUnderIt() throws Exception {
        List<String> outside = new ArrayList<>();
        try (JarFile jar = new JarFile(ChildJvm.AGENT_JAR.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!entry.isDirectory() && !name.startsWith("dev/tripswitch/") && !name.startsWith("META-INF/")) {
                    outside.add(name);
                }
            }
            assertThat(jar.getEntry("dev/tripswitch/shaded/com/typesafe/config/ConfigFactory.class"))
                    .as("Typesafe Config is bundled, relocated").isNotNull();
            assertThat(jar.getEntry("dev/tripswitch/config/defaults.conf")).isNotNull();
        }
        assertThat(outside).as("nothing a host could pick up by accident, reference.conf above all").isEmpty();
    }

    @Test
    void manifestMakesItAnAgentAndACommand() throws Exception {
        try (JarFile jar = new JarFile(ChildJvm.AGENT_JAR.toFile())) {
            Attributes attributes = jar.getManifest().getMainAttributes();

            assertThat(attributes.getValue("Premain-Class")).isEqualTo("dev.tripswitch.TripswitchAgent");
            assertThat(attributes.getValue("Agent-Class")).isEqualTo("dev.tripswitch.TripswitchAgent");
            assertThat(attributes.getValue("Can-Retransform-Classes")).isEqualTo("true");
            assertThat(attributes.getValue("Main-Class")).isEqualTo("dev.tripswitch.cli.TripswitchCommand");
        }
    }

    @Test
    void classesTargetJava11() throws Exception {
        try (JarFile jar = new JarFile(ChildJvm.AGENT_JAR.toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class")) {
                    byte[] header = jar.getInputStream(entry).readNBytes(8);
                    int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
                    assertThat(major).as(entry.getName()).isLessThanOrEqualTo(55);
                }
            }
        }
    }
}
