package dev.tripswitch.it.host;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.implementation.FixedValue;

import static net.bytebuddy.matcher.ElementMatchers.named;

/**
 * A host with Typesafe Config and Byte Buddy of its own, older than the agent's: it uses both while a
 * method of it is guarded, and prints which copies it got.
 */
public final class OwnLibrariesHost {
    public static void main(String[] args) throws Exception {
        Config config = ConfigFactory.parseString("greeting = hello from the host");
        System.out.println("config from " + ConfigFactory.class.getProtectionDomain().getCodeSource().getLocation());
        System.out.println("greeting: " + config.getString("greeting"));

        Class<?> generated = new ByteBuddy().subclass(Object.class)
                .method(named("toString")).intercept(FixedValue.value("made by the host's Byte Buddy"))
                .make().load(OwnLibrariesHost.class.getClassLoader()).getLoaded();
        System.out.println("byte buddy from " + ByteBuddy.class.getProtectionDomain().getCodeSource().getLocation());
        System.out.println(generated.getDeclaredConstructor().newInstance());

        Quotes quotes = new Quotes();
        Backend.down();
        for (int i = 1; i <= 3; i++) {
            try {
                System.out.println("call " + i + ": returned " + quotes.quote("ab"));
            } catch (Exception e) {
                System.out.println("call " + i + ": threw " + e.getClass().getSimpleName());
            }
        }
    }
}
