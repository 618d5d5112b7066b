package fr.comptecitoyen.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * French by default; {@code ?lang=en} switches language. The choice lives in a cookie,
 * never in an HTTP session: reading pages must not create sessions. Only the languages
 * the portal has messages in are taken ({@link #LANGUAGES}); any other value, asked for
 * or found in the cookie, gives French, so that a page never declares a language it is
 * not written in (RGAA 8.3, WCAG 3.1.1).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	/** The languages of the message bundles, the default first. */
	static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

	/** The query parameter that switches the language. */
	static final String PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("cc-lang") {
			@Override
			protected Locale parseLocaleValue(String value) {
				return supported(value);
			}
		};
		resolver.setDefaultLocale(Locale.FRENCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			protected Locale parseLocaleValue(String value) {
				return supported(value);
			}
		};
		interceptor.setParamName(PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * The portal's language a value names ({@code en}, {@code en-GB}, {@code fr_FR}), or
	 * null (then French) for any other.
	 */
	static Locale supported(String value) {
		if (value == null) {
			return null;
		}
		String language = value.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
		return LANGUAGES.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst().orElse(null);
	}

}
