package fr.comptecitoyen.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode ({@code cc.demo.*}, on with the {@code demo} profile): a fictional commune,
 * demo accounts whose password is printed at start, and a mailbox page. Never meant for
 * real people, so every page says so and the portal listens on the loopback address only.
 *
 * @param enabled whether demo mode is on
 * @param password the password of the demo citizens, printed at start (environment
 * variable {@code CC_DEMO_PASSWORD}); empty outside the demo mode
 * @param allowRemote whether the demo portal may listen on an address other than the
 * loopback one (a shared demonstration machine), explicitly
 */
@ConfigurationProperties("cc.demo")
public record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("") String password,
		@DefaultValue("false") boolean allowRemote) {

}
