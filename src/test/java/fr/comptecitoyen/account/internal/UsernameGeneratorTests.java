package fr.comptecitoyen.account.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prénom.nom} identifier: always {@code [a-z0-9-]+\.[a-z0-9-]+}, at most 60
 * characters, unique with a number.
 */
class UsernameGeneratorTests {

	private static final String VALID = "[a-z0-9-]+\\.[a-z0-9-]+";

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Jean           | Dupont              | jean.dupont
			Jean-François  | D'Arc               | jean-francois.d-arc
			Jean-François  | D’Arc               | jean-francois.d-arc
			Élodie         | Lefèvre             | elodie.lefevre
			Hélène         | Bézier-Çeçen        | helene.bezier-cecen
			JOSÉ           | NÚÑEZ               | jose.nunez
			Zoë            | Brontë              | zoe.bronte
			Jean           | de La Fontaine      | jean.de-la-fontaine
			Yann           | Le Goff             | yann.le-goff
			Marie  Claire  | O'Neil              | marie-claire.o-neil
			Anne-  -Sophie | --Martin--          | anne-sophie.martin
			Jean           | St. John            | jean.st-john
			Kévin          | Dupont (dit Le Grand) | kevin.dupont-dit-le-grand
			""")
	void buildsTheIdentifierFromTheUsualFirstNameAndTheSurname(String first, String last, String expected) {
		assertThat(UsernameGenerator.stem(first, last)).isEqualTo(expected).matches(VALID);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Jürgen   | Groß       | jurgen.gross
			Ægir     | Œuvray     | aegir.oeuvray
			Søren    | Kierkegård | soren.kierkegard
			Łukasz   | Wałęsa     | lukasz.walesa
			Đorđe    | Đoković    | dorde.dokovic
			Þóra     | Guðmundsdóttir | thora.gudmundsdottir
			""")
	void foldsLatinLettersThatHaveNoAccentToRemove(String first, String last, String expected) {
		assertThat(UsernameGenerator.stem(first, last)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Иван       | Петров     | ivan.petrov
			Юлия       | Щербакова  | iuliia.shcherbakova
			Сергей     | Жуков      | sergei.zhukov
			Νίκος      | Παπαδόπουλος | nikos.papadopoulos
			Θεόδωρος   | Χατζής     | theodoros.chatzis
			""")
	void transliteratesCyrillicAndGreek(String first, String last, String expected) {
		assertThat(UsernameGenerator.stem(first, last)).isEqualTo(expected);
	}

	@Test
	void fallsBackToUsagerAndCitoyenWhenNothingLatinIsLeft() {
		assertThat(UsernameGenerator.stem("明", "王")).isEqualTo("usager.citoyen");
		assertThat(UsernameGenerator.stem("محمد", "Dupont")).isEqualTo("usager.dupont");
		assertThat(UsernameGenerator.stem("Jean", "김")).isEqualTo("jean.citoyen");
		assertThat(UsernameGenerator.stem("'’-", "...")).isEqualTo("usager.citoyen");
		assertThat(UsernameGenerator.stem(null, null)).isEqualTo("usager.citoyen");
		assertThat(UsernameGenerator.stem("🙂", "Dupont2")).isEqualTo("usager.dupont").matches(VALID);
	}

	@Test
	void cutsVeryLongNamesOnAHyphenToStayWithinSixtyCharacters() {
		String stem = UsernameGenerator.stem("Marie-Françoise-Bernadette-Géraldine",
				"de La Tour d’Auvergne-Lauraguais-Montmorency-Laval");
		assertThat(stem.length()).isLessThanOrEqualTo(UsernameGenerator.MAX_LENGTH - UsernameGenerator.SUFFIX_ROOM);
		assertThat(stem).matches(VALID).startsWith("marie-francoise-").doesNotEndWith("-");
		// cut between words, never inside one
		String[] parts = stem.split("\\.");
		assertThat("marie-francoise-bernadette-geraldine").startsWith(parts[0]);
		assertThat("marie-francoise-bernadette-geraldine".charAt(parts[0].length())).isEqualTo('-');
		assertThat("de-la-tour-d-auvergne-lauraguais-montmorency-laval").startsWith(parts[1]);
		assertThat("de-la-tour-d-auvergne-lauraguais-montmorency-laval".charAt(parts[1].length())).isEqualTo('-');
	}

	@Test
	void keepsAShortFirstNameWholeAndCutsTheLongSurname() {
		String stem = UsernameGenerator.stem("Jo", "a".repeat(80));
		assertThat(stem)
			.isEqualTo("jo." + "a".repeat(UsernameGenerator.MAX_LENGTH - UsernameGenerator.SUFFIX_ROOM - 3));
		assertThat(UsernameGenerator.stem("b".repeat(80), "Li")).endsWith(".li").hasSize(56);
	}

	@Test
	void aNumberedIdentifierStaysWithinSixtyCharacters() {
		String stem = UsernameGenerator.stem("x".repeat(100), "y".repeat(100));
		assertThat(UsernameGenerator.unique(stem, List.of(stem, stem + "2"))).isEqualTo(stem + "3")
			.hasSizeLessThanOrEqualTo(UsernameGenerator.MAX_LENGTH);
		assertThat((stem + "9999").length()).isLessThanOrEqualTo(UsernameGenerator.MAX_LENGTH);
	}

	@Test
	void addsTheFirstFreeNumberOnCollision() {
		assertThat(UsernameGenerator.unique("jean.dupont", List.of())).isEqualTo("jean.dupont");
		assertThat(UsernameGenerator.unique("jean.dupont", List.of("jean.dupont-martin"))).isEqualTo("jean.dupont");
		assertThat(UsernameGenerator.unique("jean.dupont", List.of("jean.dupont"))).isEqualTo("jean.dupont2");
		assertThat(UsernameGenerator.unique("jean.dupont", List.of("jean.dupont", "jean.dupont2")))
			.isEqualTo("jean.dupont3");
		assertThat(UsernameGenerator.unique("jean.dupont", List.of("jean.dupont", "jean.dupont3")))
			.isEqualTo("jean.dupont2");
	}

}
