package fr.comptecitoyen.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The portal's message bundles as the application reads them (UTF-8, no fallback to the
 * machine's locale), for tests that build documents or texts without a Spring context.
 */
public final class Messages {

	private Messages() {
	}

	/** A message source over {@code messages*.properties}. */
	public static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
