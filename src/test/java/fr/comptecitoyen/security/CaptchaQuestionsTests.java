package fr.comptecitoyen.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers to the text question are read the way people type them. */
class CaptchaQuestionsTests {

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			7          | 7
			' 12 '     | 12
			sept       | 7
			Sept.      | 7
			DIX-SEPT   | 17
			dix sept   | 17
			zéro       | 0
			seven      | 7
			une        | 1
			sept ans   | -1
			7a         | -1
			''         | -1
			""")
	void readsDigitsAndNumberWords(String answer, int expected) {
		assertThat(CaptchaQuestions.parse(answer)).isEqualTo(expected);
	}

}
