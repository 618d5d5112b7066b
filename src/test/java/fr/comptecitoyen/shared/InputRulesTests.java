package fr.comptecitoyen.shared;

import fr.comptecitoyen.shared.InputRules.Checked;
import fr.comptecitoyen.shared.InputRules.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's one set of input rules, value by value. */
class InputRulesTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			jean.dupont@example.fr          | jean.dupont@example.fr
			'  Jean.Dupont@Example.FR '     | jean.dupont@example.fr
			jean+mairie@example.fr          | jean+mairie@example.fr
			o'connor@example.ie             | o'connor@example.ie
			jean@mail.example.co.uk         | jean@mail.example.co.uk
			jean@mairie-sète.fr             | jean@mairie-sète.fr
			jean@xn--mairie-ste-b7a.fr      | jean@xn--mairie-ste-b7a.fr
			""")
	void emailAcceptsWhatMailProvidersHandOut(String typed, String stored) {
		assertThat(InputRules.email(typed)).isEqualTo(new Checked(stored, null));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			jean.dupont
			jean@dupont
			jean@localhost
			@example.fr
			jean@@example.fr
			jean@exa@mple.fr
			jean dupont@example.fr
			.jean@example.fr
			jean.@example.fr
			jean..dupont@example.fr
			jean@example..fr
			jean@-example.fr
			jean@example.fr.
			jean@example.f
			jean@example.123
			"jean"@example.fr
			jéan@example.fr
			""")
	void emailRefusesWhatNoMailboxCanBe(String typed) {
		assertThat(InputRules.email(typed).problem()).isEqualTo(Problem.INVALID);
	}

	@Test
	void emailIsBoundedByTheSmtpLimits() {
		assertThat(InputRules.email("a".repeat(64) + "@example.fr").ok()).isTrue();
		assertThat(InputRules.email("a".repeat(65) + "@example.fr").problem()).isEqualTo(Problem.INVALID);
		assertThat(InputRules.email("a@" + "b".repeat(250) + ".fr").problem()).isEqualTo(Problem.TOO_LONG);
		assertThat(InputRules.email("   ").problem()).isEqualTo(Problem.MISSING);
		assertThat(InputRules.email(null).problem()).isEqualTo(Problem.MISSING);
	}

	@Test
	void phoneIsStoredInInternationalForm() {
		assertThat(InputRules.phone("06 12 34 56 78")).isEqualTo(new Checked("+33612345678", null));
		assertThat(InputRules.phone("06.12.34.56.78").value()).isEqualTo("+33612345678");
		assertThat(InputRules.phone("+44 20 7946 0958").value()).isEqualTo("+442079460958");
		assertThat(InputRules.phone("06 12 34").problem()).isEqualTo(Problem.INVALID);
		assertThat(InputRules.phone("téléphone").problem()).isEqualTo(Problem.INVALID);
		assertThat(InputRules.phone("0".repeat(31)).problem()).isEqualTo(Problem.TOO_LONG);
		assertThat(InputRules.phone("").problem()).isEqualTo(Problem.MISSING);
	}

	@Test
	void postcodeIsFiveDigitsWhateverTheSpaces() {
		assertThat(InputRules.postcode("34200")).isEqualTo(new Checked("34200", null));
		assertThat(InputRules.postcode(" 34 200 ").value()).isEqualTo("34200");
		assertThat(InputRules.postcode("3420").problem()).isEqualTo(Problem.INVALID);
		assertThat(InputRules.postcode("342000").problem()).isEqualTo(Problem.INVALID);
		assertThat(InputRules.postcode("34 2OO").problem()).isEqualTo(Problem.INVALID);
		assertThat(InputRules.postcode(null).problem()).isEqualTo(Problem.MISSING);
	}

	@Test
	void namesAreLettersOfAnyScriptWithTheirSeparators() {
		assertThat(InputRules.name("  Jean-Édouard   de  la Tour ", 100).value()).isEqualTo("Jean-Édouard de la Tour");
		assertThat(InputRules.name("N’Diaye", 100).ok()).isTrue();
		assertThat(InputRules.name("O'Brien", 100).ok()).isTrue();
		assertThat(InputRules.name("St. John", 100).ok()).isTrue();
		assertThat(InputRules.name("Łukasz", 100).ok()).isTrue();
		assertThat(InputRules.name("Nguyễn", 100).ok()).isTrue();
		assertThat(InputRules.name("-Jean", 100).problem()).isEqualTo(Problem.INVALID);
		assertThat(InputRules.name("Jean2", 100).problem()).isEqualTo(Problem.INVALID);
		assertThat(InputRules.name("<b>", 100).problem()).isEqualTo(Problem.INVALID);
		assertThat(InputRules.name("Jean", 3).problem()).isEqualTo(Problem.TOO_LONG);
		assertThat(InputRules.name(" ", 100).problem()).isEqualTo(Problem.MISSING);
	}

}
