package fr.comptecitoyen.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Phone numbers are stored in E.164 form and shown as people write them. */
class PhoneNumbersTests {

	@Test
	void storedInInternationalFormWhateverTheWayTheyWereTyped() {
		assertThat(PhoneNumbers.normalise("06 12 34 56 78")).contains("+33612345678");
		assertThat(PhoneNumbers.normalise("+33 6 12 34 56 78")).contains("+33612345678");
		assertThat(PhoneNumbers.normalise("+44 20 7946 0958")).contains("+442079460958");
		assertThat(PhoneNumbers.normalise("12345")).isEmpty();
	}

	@Test
	void shownTheFrenchWayForFrenchNumbersAndInternationallyOtherwise() {
		assertThat(PhoneNumbers.display("+33612345678")).isEqualTo("06 12 34 56 78");
		assertThat(PhoneNumbers.display("+442079460958")).isEqualTo("+44 20 7946 0958");
		assertThat(PhoneNumbers.display("pas un numéro")).isEqualTo("pas un numéro");
	}

}
