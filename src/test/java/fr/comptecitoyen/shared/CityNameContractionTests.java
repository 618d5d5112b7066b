package fr.comptecitoyen.shared;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commune's name after « de » and « à » in the messages: « la mairie d’Orléans », «
 * du Havre », « des Ulis », never « de Orléans » or « de Le Havre ».
 */
class CityNameContractionTests {

	@Test
	void aNameThatStartsWithAVowelIsElided() {
		assertThat(contract("Orléans", "la mairie de {0}")).isEqualTo("la mairie d’Orléans");
		assertThat(contract("Évry", "le portail de {0}, écrivez à {0}")).isEqualTo("le portail d’Évry, écrivez à Évry");
		assertThat(contract("Yvetot", "De {0} à Paris")).isEqualTo("D’Yvetot à Paris");
		assertThat(contract("Île-d'Arz", "la commune de {0}.")).isEqualTo("la commune d’Île-d'Arz.");
	}

	@Test
	void theArticlesLeAndLesContractWithDeAndA() {
		assertThat(contract("Le Havre", "Compte Citoyen de {0} ; écrivez à {0}"))
			.isEqualTo("Compte Citoyen du Havre ; écrivez au Havre");
		assertThat(contract("Les Ulis", "la mairie de {0}. À {0}, rien"))
			.isEqualTo("la mairie des Ulis. Aux Ulis, rien");
		assertThat(contract("Le Mans", "la mairie de {0}")).isEqualTo("la mairie du Mans");
	}

	@Test
	void otherNamesAndOtherWordsAreLeftAsTheyAre() {
		assertThat(CityNameContraction.of("La Rochelle", null)).isNull();
		assertThat(CityNameContraction.of("Sète", null)).isNull();
		assertThat(CityNameContraction.of("Ma Commune", null)).isNull();
		assertThat(CityNameContraction.of("Yaoundé", null)).as("y before a vowel").isNull();
		// An h is not elided unless the setting says so (« de Haguenau », « d’Hyères »).
		assertThat(CityNameContraction.of("Haguenau", null)).isNull();
		assertThat(contract("Hyères", true, "la mairie de {0}")).isEqualTo("la mairie d’Hyères");
		// Only « de » and « à » as whole words, before the name as a whole word.
		assertThat(contract("Orléans", "Garde {0} ; code {0} ; de {0}-la-Source ; de Orléansville"))
			.isEqualTo("Garde Orléans ; code Orléans ; d’Orléans-la-Source ; de Orléansville");
		assertThat(contract("Orléans", "rien à dire")).isEqualTo("rien à dire");
	}

	@Test
	void theAttestationsOfTheProceduresSayItToo() {
		CitySettings havre = new CitySettings("Le Havre", "/img/logo.svg", "#1d4e89", "#a4262c", "aide@example.org",
				"Hôtel de ville", "", ZoneId.of("Europe/Paris"), URI.create("http://localhost"), "", "", null);
		assertThat(havre.contracted("Le maire de Le Havre certifie")).isEqualTo("Le maire du Havre certifie");
		CitySettings sete = new CitySettings("Sète", "/img/logo.svg", "#1d4e89", "#a4262c", "aide@example.org",
				"Hôtel de ville", "", ZoneId.of("Europe/Paris"), URI.create("http://localhost"), "", "", null);
		assertThat(sete.contracted("Le maire de Sète certifie")).isEqualTo("Le maire de Sète certifie");
	}

	@Test
	void thePortalsMessagesInFrenchSayItAndTheEnglishOnesAreLeftAlone() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
			.withUserConfiguration(WithCity.class)
			.withPropertyValues("spring.messages.basename=messages", "spring.messages.fallback-to-system-locale=false",
					"cc.city.name=Le Havre", "cc.city.public-url=http://localhost")
			.run((context) -> {
				Object[] name = { "Le Havre" };
				assertThat(context.getMessage("home.heading", name, Locale.FRENCH)).endsWith(" du Havre");
				assertThat(context.getMessage("mail.account-validated.text", name, Locale.FRENCH))
					.contains("la mairie du Havre");
				assertThat(context.getMessage("home.heading", name, Locale.ENGLISH)).contains("Le Havre");
			});
	}

	private static String contract(String name, String message) {
		return contract(name, null, message);
	}

	private static String contract(String name, Boolean elide, String message) {
		return CityNameContraction.of(name, elide).apply(message.replace("{0}", name));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CitySettings.class)
	@Import(CityNameConfiguration.class)
	static class WithCity {

	}

}
