package fr.comptecitoyen.security;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The authenticator app (TOTP, RFC 6238) of one person, citizen or staff: its secret,
 * encrypted (see {@link TotpSecretCipher}), and the time step of the last code accepted,
 * so that a code is never accepted twice. The owner is the id of the citizen account or
 * of the staff member; the row exists only while the app is enrolled.
 */
@Entity
@Table(name = "second_factor_credential")
class SecondFactorCredential {

	@Id
	@Column(name = "owner_id")
	private UUID ownerId;

	@Column(name = "secret", nullable = false, length = 200)
	private String secret;

	/** Null until a first code was accepted after enrolment (migrated rows). */
	@Column(name = "last_step")
	private Long lastStep;

	@Column(name = "enrolled_at", nullable = false)
	private Instant enrolledAt;

	@Version
	private long version;

	protected SecondFactorCredential() {
	}

	SecondFactorCredential(UUID ownerId, String encryptedSecret, long confirmedStep, Instant now) {
		this.ownerId = ownerId;
		this.secret = encryptedSecret;
		this.lastStep = confirmedStep;
		this.enrolledAt = now;
	}

	/** Replaces the secret by a newly confirmed one. */
	void replace(String encryptedSecret, long confirmedStep, Instant now) {
		this.secret = encryptedSecret;
		this.lastStep = confirmedStep;
		this.enrolledAt = now;
	}

	/**
	 * Spends a code's time step: refused when a code of that step (or a later one) was
	 * already accepted, so that an overheard code cannot be replayed.
	 */
	boolean useStep(long step) {
		if (this.lastStep != null && step <= this.lastStep) {
			return false;
		}
		this.lastStep = step;
		return true;
	}

	UUID ownerId() {
		return this.ownerId;
	}

	String secret() {
		return this.secret;
	}

	long lastStep() {
		return (this.lastStep != null) ? this.lastStep : Long.MIN_VALUE;
	}

	Instant enrolledAt() {
		return this.enrolledAt;
	}

}
