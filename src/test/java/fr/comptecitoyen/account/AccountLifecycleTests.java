package fr.comptecitoyen.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.account.AccountEvents.AccountClosed;
import fr.comptecitoyen.account.AccountEvents.AccountCorrected;
import fr.comptecitoyen.account.AccountEvents.AccountCorrectionRequested;
import fr.comptecitoyen.account.AccountEvents.AccountReinstated;
import fr.comptecitoyen.account.AccountEvents.AccountRejected;
import fr.comptecitoyen.account.AccountEvents.AccountSuspended;
import fr.comptecitoyen.account.AccountEvents.AccountValidated;
import fr.comptecitoyen.account.internal.Account;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The account lifecycle, driven through the aggregate: a literal matrix of every state ×
 * verb (where it leads, or refused), the event each verb registers, the status history it
 * writes, and what a pending account may change. Changing any cell of
 * {@link AccountTransition} breaks this test.
 */
class AccountLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	/**
	 * Row: the account's state ({@code PENDING*}: pending with a correction requested);
	 * column: the verb; cell: the state after, or - when refused.
	 */
	private static final String MATRIX = """
			state      VALIDATE   ASK_CORRECTION  CORRECTED  REJECT    SUSPEND    REINSTATE  CLOSE
			PENDING    VALIDATED  PENDING*        -          REJECTED  -          -          CLOSED
			PENDING*   VALIDATED  PENDING*        PENDING    REJECTED  -          -          CLOSED
			VALIDATED  -          -               -          -         SUSPENDED  -          CLOSED
			REJECTED   -          -               -          -         -          -          CLOSED
			SUSPENDED  -          -               -          -         -          VALIDATED  CLOSED
			CLOSED     -          -               -          -         -          -          -
			""";

	private static Account pending() {
		return new Account("camille.martin", "camille@example.org", "{noop}x", Civility.MADAME, "Martin", "Camille",
				LocalDate.of(1984, 3, 12), NOW);
	}

	/** An account brought to that state through the verbs, its events forgotten. */
	private static Account in(String state) {
		Account account = pending();
		switch (state) {
			case "PENDING*" -> account.askCorrection("Agent A", "Nom de naissance manquant", NOW);
			case "VALIDATED" -> account.validate("Agent A", NOW);
			case "REJECTED" -> account.reject("Agent A", "Hors commune", NOW);
			case "SUSPENDED" -> {
				account.validate("Agent A", NOW);
				account.suspend("Agent A", "Usage abusif", NOW);
			}
			case "CLOSED" -> account.close("camille.martin", NOW);
			default -> {
			}
		}
		assertThat(state(account)).isEqualTo(state);
		return account;
	}

	private static String state(Account account) {
		return account.getStatus().name() + (account.isCorrectionRequested() ? "*" : "");
	}

	private static void apply(Account account, AccountTransition verb) {
		switch (verb) {
			case VALIDATE -> account.validate("Agent B", NOW);
			case ASK_CORRECTION -> account.askCorrection("Agent B", "Adresse incomplète", NOW);
			case CORRECTED -> account.recordCitizenChange(NOW);
			case REJECT -> account.reject("Agent B", "Doublon", NOW);
			case SUSPEND -> account.suspend("Agent B", "Usage abusif", NOW);
			case REINSTATE -> account.reinstate("Agent B", NOW);
			case CLOSE -> account.close("Agent B", NOW);
		}
	}

	@Test
	void everyStateAndVerbDoesWhatTheMatrixSays() {
		List<String> lines = MATRIX.lines().filter((l) -> !l.isBlank()).toList();
		List<AccountTransition> verbs = Arrays.stream(lines.get(0).trim().split("\\s+"))
			.skip(1)
			.map(AccountTransition::valueOf)
			.toList();
		assertThat(verbs).containsExactlyInAnyOrder(AccountTransition.values());
		Map<String, String[]> rows = new LinkedHashMap<>();
		lines.subList(1, lines.size()).forEach((l) -> rows.put(l.trim().split("\\s+")[0], l.trim().split("\\s+")));
		assertThat(rows).hasSize(AccountStatus.values().length + 1);
		rows.forEach((state, cells) -> {
			for (int i = 0; i < verbs.size(); i++) {
				AccountTransition verb = verbs.get(i);
				String expected = cells[i + 1];
				Account account = in(state);
				int history = account.history().size();
				int events = account.pendingEvents().size();
				if (expected.equals("-")) {
					if (verb == AccountTransition.CORRECTED) {
						// a citizen's change without a requested correction changes
						// nothing
						account.recordCitizenChange(NOW);
					}
					else {
						assertThatThrownBy(() -> apply(account, verb)).as("%s from %s", verb, state)
							.isInstanceOf(IllegalAccountTransitionException.class);
					}
					assertThat(state(account)).isEqualTo(state);
					assertThat(account.history()).hasSize(history);
					assertThat(account.pendingEvents()).hasSize(events);
				}
				else {
					apply(account, verb);
					assertThat(state(account)).as("%s from %s", verb, state).isEqualTo(expected);
					AccountStatusChange line = account.history().get(history);
					assertThat(line.verb()).isEqualTo(verb);
					assertThat(line.from().name()).isEqualTo(state.replace("*", ""));
					assertThat(line.to().name()).isEqualTo(expected.replace("*", ""));
					assertThat(account.pendingEvents()).hasSize(events + 1);
				}
			}
		});
	}

	@Test
	void eachVerbRegistersItsEventWithWhatTheEmailNeeds() {
		Map<AccountTransition, Class<?>> expected = Map.of(AccountTransition.VALIDATE, AccountValidated.class,
				AccountTransition.ASK_CORRECTION, AccountCorrectionRequested.class, AccountTransition.CORRECTED,
				AccountCorrected.class, AccountTransition.REJECT, AccountRejected.class, AccountTransition.SUSPEND,
				AccountSuspended.class, AccountTransition.REINSTATE, AccountReinstated.class, AccountTransition.CLOSE,
				AccountClosed.class);
		expected.forEach((verb, type) -> {
			Account account = in(switch (verb) {
				case CORRECTED -> "PENDING*";
				case SUSPEND -> "VALIDATED";
				case REINSTATE -> "SUSPENDED";
				default -> "PENDING";
			});
			apply(account, verb);
			Object event = account.pendingEvents().get(account.pendingEvents().size() - 1);
			assertThat(event).as("%s", verb)
				.isInstanceOf(type)
				.hasFieldOrPropertyWithValue("accountId", account.getId());
		});
		Account closed = pending();
		closed.close("camille.martin", NOW);
		assertThat(closed.pendingEvents()).singleElement()
			.isEqualTo(new AccountClosed(closed.getId(), "camille@example.org", "Madame Camille Martin"));
		Account asked = pending();
		asked.askCorrection("Agent A", " Date de naissance à vérifier ", NOW);
		assertThat(asked.pendingEvents()).singleElement()
			.isEqualTo(new AccountCorrectionRequested(asked.getId(), "camille@example.org", "Madame Camille Martin",
					"Date de naissance à vérifier"));
	}

	@Test
	void historySaysWhoWhenFromToAndWhy() {
		Account account = pending();
		account.askCorrection("Agent A", "Adresse incomplète", NOW);
		account.updateProfile(Civility.MADAME, "Martin", "Camille", null, null, null,
				new PostalAddress("12 rue des Lilas", null, "34999", "Val-d'Aubrac-sur-Mer"), ContactPreference.EMAIL,
				NOW.plusSeconds(60));
		account.validate("Agent B", NOW.plusSeconds(120));
		assertThat(account.history()).containsExactly(
				new AccountStatusChange(NOW, "Agent A", AccountStatus.PENDING, AccountStatus.PENDING,
						AccountTransition.ASK_CORRECTION, "Adresse incomplète"),
				new AccountStatusChange(NOW.plusSeconds(60), "camille.martin", AccountStatus.PENDING,
						AccountStatus.PENDING, AccountTransition.CORRECTED, null),
				new AccountStatusChange(NOW.plusSeconds(120), "Agent B", AccountStatus.PENDING, AccountStatus.VALIDATED,
						AccountTransition.VALIDATE, null));
	}

	@Test
	void pendingAccountMayChangeOnlyWhileACorrectionIsRequested() {
		Account account = pending();
		assertThat(account.getStatus().maySubmit()).isTrue();
		assertThatThrownBy(() -> account.updateProfile(Civility.MADAME, "Martin", "Camille", null, null, null, null,
				ContactPreference.EMAIL, NOW))
			.isInstanceOf(AccountNotEditableException.class);
		assertThatThrownBy(() -> account.changeEmail("new@example.org", NOW))
			.isInstanceOf(AccountNotEditableException.class);
		account.askCorrection("Agent A", "Adresse électronique erronée", NOW);
		assertThat(account.isEditable()).isTrue();
		account.changeEmail("new@example.org", NOW);
		assertThat(account.isCorrectionRequested()).isFalse();
		assertThat(account.isEditable()).as("back in the queue: locked again").isFalse();
	}

	@Test
	void refusedVerbsSayWhyInFrench() {
		Account validated = in("VALIDATED");
		assertThatThrownBy(() -> validated.validate("Agent B", NOW)).hasMessage("Ce compte a déjà été validé")
			.isInstanceOfSatisfying(IllegalAccountTransitionException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("account.transition.refused.VALIDATED"));
		assertThatThrownBy(() -> in("REJECTED").reject("Agent B", "x", NOW)).hasMessage("Ce compte a déjà été refusé");
		assertThatThrownBy(() -> in("CLOSED").close("x", NOW)).hasMessage("Ce compte est fermé");
		assertThatThrownBy(() -> in("PENDING").askCorrection("Agent B", " ", NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void closedAccountForgetsThePerson() {
		Account account = in("CLOSED");
		assertThat(account.getLastName()).isNull();
		assertThat(account.getBirthDate()).isNull();
		assertThat(account.getEmail()).doesNotContain("camille");
		assertThat(account.getStatus().maySignIn()).isFalse();
	}

}
