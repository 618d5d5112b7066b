package fr.comptecitoyen.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo mode ({@code cc.demo.*}, set by the {@code demo} profile): a fictional
 * commune, demo data and a demo mailbox page. Never on in production.
 *
 * @param enabled whether the demo data and pages exist
 * @param password the password of the demo accounts, printed at start (environment
 * variable {@code CC_DEMO_PASSWORD}); empty outside the demo mode
 */
@ConfigurationProperties("cc.demo")
public record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("") String password) {

}
