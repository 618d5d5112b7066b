package fr.comptecitoyen.account;

/**
 * Where a citizen account stands. Transitions are the verbs of the account aggregate; the
 * table is {@code PENDING → VALIDATED | REJECTED}, {@code VALIDATED ⇄ SUSPENDED}, any →
 * {@code CLOSED}.
 */
public enum AccountStatus {

	/**
	 * Created, waiting for a town-hall agent to check it. The citizen may sign in, submit
	 * procedures, change the password and add household members (checked with the
	 * account), but not change the profile nor change or remove a declared member.
	 */
	PENDING,

	/** Checked by the town hall: every feature is open. */
	VALIDATED,

	/** Refused by the town hall (with a reason): may sign in to read, may not submit. */
	REJECTED,

	/** Temporarily blocked by the town hall: may sign in to read, may not submit. */
	SUSPENDED,

	/**
	 * Closed by the citizen or the town hall: personal data removed, sign-in impossible.
	 */
	CLOSED;

	/** Whether the profile and the household may be changed. */
	public boolean mayEditProfile() {
		return this == VALIDATED;
	}

	/** Whether procedures may be submitted. */
	public boolean maySubmit() {
		return this == PENDING || this == VALIDATED;
	}

	/** Whether the citizen may sign in at all. */
	public boolean maySignIn() {
		return this != CLOSED;
	}

}
