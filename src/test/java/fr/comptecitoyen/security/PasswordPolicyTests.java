package fr.comptecitoyen.security;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import fr.comptecitoyen.shared.CitySettings;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(
			new CitySettings("Sète", "/img/logo.svg", "#1d4e89", "#a4262c", "aide@example.org", "Mairie", "",
					ZoneId.of("Europe/Paris"), URI.create("http://localhost"), "", "", null));

	@Test
	void acceptsALongPassphraseWithSpacesAndAnyCharacters() {
		assertThat(this.policy.problems("cheval agrafe pile 🐴 correct", List.of("Camille", "Martin"))).isEmpty();
	}

	@Test
	void anEmptyPasswordIsAskedForRatherThanSaidTooShort() {
		assertThat(this.policy.problems("", List.of())).containsExactly("password.missing");
		assertThat(this.policy.problems(null, List.of())).containsExactly("password.missing");
	}

	@Test
	void refusesUnderTwelveCharactersCountingCodePoints() {
		assertThat(this.policy.problems("abcdefghijk", List.of())).containsExactly("password.too-short");
		assertThat(this.policy.problems("🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴", List.of())).containsExactly("password.too-short");
		assertThat(this.policy.problems("🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴🐴", List.of())).isEmpty();
	}

	@Test
	void neverTruncatesAndRefusesAbsurdLengths() {
		assertThat(this.policy.problems("x".repeat(128) + " long passphrase", List.of())).isEmpty();
		assertThat(this.policy.problems("y".repeat(1025), List.of())).containsExactly("password.too-long");
	}

	@Test
	void refusesCommonPasswordsWhateverTheCaseOrAccents() {
		assertThat(this.policy.problems("MotDePasse123", List.of())).contains("password.common");
		assertThat(this.policy.problems("azertyuiop123", List.of())).contains("password.common");
		assertThat(this.policy.problems("Soleil2024!!", List.of())).isEmpty();
		assertThat(this.policy.problems("soleil2024", List.of())).containsExactly("password.too-short");
		assertThat(this.policy.problems("bonjour123456", List.of())).contains("password.common");
	}

	@Test
	void refusesPasswordsBuiltOnTheNamesTheUsernameOrTheCity() {
		assertThat(this.policy.problems("Élodie-aime-les-pommes", List.of("Elodie", "Dupont", "elodie.dupont")))
			.contains("password.personal");
		assertThat(this.policy.problems("vive-dupont-forever", List.of("Elodie", "Dupont")))
			.contains("password.personal");
		assertThat(this.policy.problems("pommes vertes et poires", List.of("Elodie", "Dupont"))).isEmpty();
	}

	@Test
	void refusesAPasswordOfTheBreachedListExactlyAsTyped() {
		PasswordPolicy policy = new PasswordPolicy(
				new CitySettings("Sète", "/img/logo.svg", "#1d4e89", "#a4262c", "aide@example.org", "Mairie", "",
						ZoneId.of("Europe/Paris"), URI.create("http://localhost"), "", "", null),
				new BreachedPasswords(
						new SecuritySettings("", List.of(), List.of(), 10, 30, 20,
								"classpath:security/breached-passwords-test.txt", Duration.ofMillis(300)),
						new DefaultResourceLoader()));
		assertThat(policy.problems("ceci est un mot de passe divulgué", List.of()))
			.containsExactly("password.breached");
		assertThat(policy.problems("jaimelesfrites2019", List.of())).containsExactly("password.breached");
		assertThat(policy.problems("Jaimelesfrites2019", List.of())).isEmpty();
		assertThat(policy.problems("cheval agrafe pile correct", List.of())).isEmpty();
	}

	@Test
	void theCityRuleMatchesWholeWordsOnly() {
		assertThat(this.policy.problems("j'habite à sete depuis 1990", List.of("Elodie", "Dupont")))
			.containsExactly("password.city");
		assertThat(this.policy.problems("Sète2024 pour toujours", List.of())).containsExactly("password.city");
		assertThat(this.policy.problems("merci pour le chocolat chaud", List.of("Elodie", "Dupont"))).isEmpty();
		assertThat(this.policy.problems("la setemaine des quatre jeudis", List.of())).isEmpty();
	}

	@Test
	void aCityOfSeveralWordsIsRefusedOnlyInFull() {
		PasswordPolicy policy = new PasswordPolicy(
				new CitySettings("Val-d'Aubrac-sur-Mer", "/img/logo.svg", "#1d4e89", "#a4262c", "aide@example.org",
						"Mairie", "", ZoneId.of("Europe/Paris"), URI.create("http://localhost"), "", "", null));
		assertThat(policy.problems("vive val d'aubrac sur mer !", List.of())).containsExactly("password.city");
		assertThat(policy.problems("valdaubracsurmer forever", List.of())).containsExactly("password.city");
		assertThat(policy.problems("la mer est calme ce matin", List.of())).isEmpty();
	}

}
