package fr.comptecitoyen.account;

import java.time.Instant;
import java.time.LocalDate;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.IllegalAccountTransitionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every allowed and refused move of the account lifecycle.
 */
class AccountLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private static Account pending() {
		return new Account("camille.martin", "camille@example.org", "{noop}x", Civility.MADAME, "Martin", "Camille",
				LocalDate.of(1984, 3, 12), NOW);
	}

	@Test
	void newAccountIsPendingAndMaySubmitButNotEdit() {
		Account account = pending();
		assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING);
		assertThat(account.getStatus().maySubmit()).isTrue();
		assertThat(account.getStatus().mayEditProfile()).isFalse();
		assertThatThrownBy(() -> account.updateProfile(Civility.MADAME, "Martin", "Camille", null, null, null, null,
				ContactPreference.EMAIL, NOW))
			.isInstanceOf(AccountNotEditableException.class);
		assertThatThrownBy(() -> account.changeEmail("new@example.org", NOW))
			.isInstanceOf(AccountNotEditableException.class);
	}

	@Test
	void pendingAccountCanBeValidatedThenEdited() {
		Account account = pending();
		account.validate(NOW);
		assertThat(account.getStatus()).isEqualTo(AccountStatus.VALIDATED);
		account.updateProfile(Civility.MADAME, "Martin-Roux", "Camille", null, null, "0612345678", null,
				ContactPreference.PHONE, NOW);
		assertThat(account.getLastName()).isEqualTo("Martin-Roux");
	}

	@Test
	void pendingAccountCanBeRejectedWithAReasonAndThenNeitherSubmitsNorEdits() {
		Account account = pending();
		account.reject("Adresse hors commune", NOW);
		assertThat(account.getStatus()).isEqualTo(AccountStatus.REJECTED);
		assertThat(account.getStatusReason()).isEqualTo("Adresse hors commune");
		assertThat(account.getStatus().maySubmit()).isFalse();
		assertThatThrownBy(() -> account.validate(NOW)).isInstanceOf(IllegalAccountTransitionException.class);
	}

	@Test
	void onlyValidatedAccountsAreSuspendedAndReinstated() {
		Account account = pending();
		assertThatThrownBy(() -> account.suspend("x", NOW)).isInstanceOf(IllegalAccountTransitionException.class);
		account.validate(NOW);
		account.suspend("Usage abusif", NOW);
		assertThat(account.getStatus().maySubmit()).isFalse();
		assertThatThrownBy(() -> account.validate(NOW)).isInstanceOf(IllegalAccountTransitionException.class);
		account.reinstate(NOW);
		assertThat(account.getStatus()).isEqualTo(AccountStatus.VALIDATED);
		assertThatThrownBy(() -> account.reinstate(NOW)).isInstanceOf(IllegalAccountTransitionException.class);
	}

	@Test
	void anyAccountCanBeClosedOnceAndForgetsThePerson() {
		Account account = pending();
		account.close(NOW);
		assertThat(account.getStatus()).isEqualTo(AccountStatus.CLOSED);
		assertThat(account.getLastName()).isNull();
		assertThat(account.getBirthDate()).isNull();
		assertThat(account.getEmail()).doesNotContain("camille");
		assertThat(account.getStatus().maySignIn()).isFalse();
		assertThatThrownBy(() -> account.close(NOW)).isInstanceOf(IllegalAccountTransitionException.class);
	}

}
