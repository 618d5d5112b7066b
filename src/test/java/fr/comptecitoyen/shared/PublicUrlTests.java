package fr.comptecitoyen.shared;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public address in emailed links and receipt QR codes: in demo mode the address the
 * portal was started on, in production a required setting whose absence stops start-up
 * with a message that names it.
 */
class PublicUrlTests {

	@Test
	void demoLinksLeadToThePortThePortalWasStartedOn() throws IOException {
		runner("application.yml", "application-demo.yml").withPropertyValues("server.port=8098")
			.run((context) -> assertThat(context.getBean(CitySettings.class).link("/demandes/2026-ENC-8F3K2Q"))
				.isEqualTo("http://localhost:8098/demandes/2026-ENC-8F3K2Q"));
	}

	@Test
	void demoStartedWithThePortVariableUsesIt() throws IOException {
		runner("application.yml", "application-demo.yml").withPropertyValues("PORT=9123")
			.run((context) -> assertThat(context.getBean(CitySettings.class).link("/"))
				.isEqualTo("http://localhost:9123/"));
	}

	@Test
	void productionWithoutPublicUrlDoesNotStartAndSaysWhatToSet() throws IOException {
		runner("application.yml").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("publicUrl")
				.hasMessageContaining("CC_CITY_PUBLIC_URL");
		});
	}

	@Test
	void productionLinksUseTheConfiguredAddress() throws IOException {
		runner("application.yml").withPropertyValues("cc.city.public-url=https://demarches.example.org/")
			.run((context) -> assertThat(context.getBean(CitySettings.class).link("/compte"))
				.isEqualTo("https://demarches.example.org/compte"));
	}

	private static ApplicationContextRunner runner(String... files) throws IOException {
		List<PropertySource<?>> sources = new ArrayList<>();
		// Later files win, as profile files do; test values and variables win over all.
		for (int i = files.length - 1; i >= 0; i--) {
			sources.addAll(new YamlPropertySourceLoader().load(files[i], new ClassPathResource(files[i])));
		}
		return new ApplicationContextRunner().withUserConfiguration(Settings.class)
			.withInitializer((context) -> sources
				.forEach((source) -> context.getEnvironment().getPropertySources().addLast(source)));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CitySettings.class)
	static class Settings {

	}

}
