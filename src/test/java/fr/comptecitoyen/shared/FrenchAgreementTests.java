package fr.comptecitoyen.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import fr.comptecitoyen.support.Messages;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French texts agree with what they are about instead of hedging with brackets: "1 adulte
 * et 2 enfants", "9 non lus", "née le", "ajoutée"; where the person is unknown, the
 * sentence is written so that no agreement is needed.
 */
class FrenchAgreementTests {

	private static final Pattern BRACKETED = Pattern.compile("\\p{L}\\((e|s|es|ne|le|x|ux)\\)");

	private final ResourceBundleMessageSource messages = Messages.bundles();

	@Test
	void noFrenchMessageHedgesWithBrackets() throws IOException {
		Properties french = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		assertThat(french.entrySet()).filteredOn((entry) -> BRACKETED.matcher(entry.getValue().toString()).find())
			.isEmpty();
	}

	@Test
	void countsAgreeWithTheirNumber() {
		assertThat(text("home.citizen.household.summary", 1, 2))
			.isEqualTo("Votre foyer, en plus de vous : 1 adulte et 2 enfants.");
		assertThat(text("home.citizen.household.summary", 0, 1))
			.isEqualTo("Votre foyer, en plus de vous : aucun adulte et 1 enfant.");
		assertThat(text("home.citizen.messages.link", 9)).isEqualTo("Voir mes messages (9 non lus)");
		assertThat(text("home.citizen.messages.link", 1)).isEqualTo("Voir mes messages (1 non lu)");
		assertThat(text("messages.count", 12, 0)).isEqualTo("12 messages, dont aucun non lu");
		assertThat(text("catalogue.search.results", 3, "école")).isEqualTo("3 démarches trouvées pour « école »");
		assertThat(text("catalogue.search.results", 0, "école")).isEqualTo("Aucune démarche trouvée pour « école »");
		assertThat(text("form.error.rows.min", 1)).isEqualTo("Remplissez au moins une ligne.");
		assertThat(text("form.error.rows.min", 2)).isEqualTo("Remplissez au moins 2 lignes.");
	}

	@Test
	void wordsAboutAKnownPersonTakeTheirGender() {
		assertThat(text("household.remove.text.CHILD", "Léa Martin", "02/04/2018", 1))
			.startsWith("Léa Martin, née le 02/04/2018,");
		assertThat(text("household.remove.text.CHILD", "Paul Martin", "02/04/2018", 0))
			.startsWith("Paul Martin, né le 02/04/2018,");
		assertThat(text("household.notice.added.ADULT", "Anne Martin", 1)).contains("a été ajoutée");
		assertThat(text("household.notice.removed", "Jean Martin", 0))
			.isEqualTo("Jean Martin a été retiré de votre foyer.");
		assertThat(text("household.relation.member.CONJOINT", 1)).isEqualTo("Conjointe");
		assertThat(text("household.relation.member.CONJOINT", 0)).isEqualTo("Conjoint");
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.FRENCH);
	}

}
