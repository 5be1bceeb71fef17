package dev.tripswitch.it;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/**
 * A host that uses its own Typesafe Config the usual way, ConfigFactory.load(), and prints what it
 * sees, so that a test can check that the agent's copy and defaults stay out of its way.
 */
public final class TypesafeConfigHost {
    public static void main(String[] args) {
        Config config = ConfigFactory.load();
        System.out.println("config class from: " + ConfigFactory.class.getProtectionDomain().getCodeSource().getLocation());
        System.out.println("sees tripswitch keys: " + config.hasPath("tripswitch"));
        System.out.println("greeting: " + config.getString("greeting"));
    }
}
