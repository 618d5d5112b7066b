package fr.comptecitoyen.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File names are made safe: no path, no control or invisible formatting character, no
 * reserved character; accents and spaces kept.
 */
class FileNamesTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|',
			value = { "Livret de famille é.pdf|Livret de famille é.pdf", "../../etc/passwd|passwd",
					"C:\\Users\\Léa\\acte.pdf|acte.pdf", "a<b>c:d*e?f\"g.pdf|a_b_c_d_e_f_g.pdf",
					"  .cachée.pdf  |cachée.pdf", "..|document", "''|document" })
	void pathAndReservedCharactersAreNeutralisedAccentsKept(String given, String expected) {
		assertThat(FileNames.sanitise(given.equals("''") ? "" : given)).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void controlCharactersAndBidiOverridesAreDropped() {
		assertThat(FileNames.sanitise("acte\r\nSet-Cookie: x.pdf")).isEqualTo("acteSet-Cookie_ x.pdf");
		assertThat(FileNames.sanitise("acte\u0000.pdf")).isEqualTo("acte.pdf");
		assertThat(FileNames.sanitise("facture\u202Efdp.exe")).isEqualTo("facturefdp.exe");
		assertThat(FileNames.sanitise("a\u2066b\u2069\u200F\u061Cc.png")).isEqualTo("abc.png");
		assertThat(FileNames.sanitise("tab\there.pdf")).isEqualTo("tabhere.pdf");
	}

	@org.junit.jupiter.api.Test
	void theQuotesAndLineBreaksABrowserEncodesAreReadBackThenNeutralised() {
		assertThat(FileNames.sanitise("%22><img src=x onerror=alert(1)>.png"))
			.isEqualTo("___img src=x onerror=alert(1)_.png");
		assertThat(FileNames.sanitise("acte%0D%0ASet-Cookie: x.pdf")).isEqualTo("acteSet-Cookie_ x.pdf");
	}

	@org.junit.jupiter.api.Test
	void longNamesKeepTheirExtension() {
		String name = FileNames.sanitise("x".repeat(400) + ".pdf");
		assertThat(name).hasSize(150).endsWith(".pdf");
	}

	@org.junit.jupiter.api.Test
	void downloadHeaderHasAnAsciiNameAndTheExactOneInRfc5987Form() {
		assertThat(FileNames.attachmentHeader("Relevé d’identité.pdf")).isEqualTo(
				"attachment; filename=\"Releve d_identite.pdf\"; filename*=UTF-8''Relev%C3%A9%20d%E2%80%99identit%C3%A9.pdf");
	}

}
