package fr.comptecitoyen.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authenticator apps (TOTP, RFC 6238: 30-second steps, six digits, the previous and next
 * step accepted) and their recovery codes, for citizens and staff alike. Enrolment shows
 * a secret (QR code and base32 text in groups of four) kept by the caller until a first
 * code confirms it; then the secret is stored encrypted and ten single-use recovery codes
 * are handed out once. A code is never accepted twice: the step of the last accepted code
 * is kept with the credential.
 */
@Service
public class SecondFactorCredentials {

	private final SecondFactorCredentialRepository credentials;

	private final RecoveryCodes recoveryCodes;

	private final TotpSecretCipher cipher;

	private final Totp totp;

	private final Clock clock;

	SecondFactorCredentials(SecondFactorCredentialRepository credentials, RecoveryCodes recoveryCodes,
			TotpSecretCipher cipher, Totp totp, Clock clock) {
		this.credentials = credentials;
		this.recoveryCodes = recoveryCodes;
		this.cipher = cipher;
		this.totp = totp;
		this.clock = clock;
	}

	/**
	 * A new secret to show, not stored until a first code confirms it.
	 * @param issuer the name shown in the app (the commune's portal)
	 * @param accountName the person's identifier, shown in the app
	 */
	public Enrolment start(String issuer, String accountName) {
		byte[] secret = Totp.newSecret();
		String uri = Totp.uri(issuer, accountName, secret);
		return new Enrolment(Base32.encode(secret), Base32.grouped(secret), QrCodes.svgDataUri(uri));
	}

	/**
	 * Enrols the app if the code matches the secret shown, replacing any earlier one.
	 * @param ownerId the citizen account's or staff member's id
	 * @param secretBase32 the secret of {@link #start}, as kept by the caller
	 * @param code what the person typed
	 * @return the ten recovery codes (to show once), or empty if the code is wrong
	 */
	@Transactional
	public Optional<List<String>> confirm(UUID ownerId, String secretBase32, String code) {
		byte[] secret = Base32.decode(secretBase32);
		OptionalLong step = this.totp.verify(secret, code, Long.MIN_VALUE);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		String sealed = this.cipher.encrypt(secret);
		Instant now = this.clock.instant();
		this.credentials.findById(ownerId)
			.ifPresentOrElse((earlier) -> earlier.replace(sealed, step.getAsLong(), now),
					() -> this.credentials.save(new SecondFactorCredential(ownerId, sealed, step.getAsLong(), now)));
		return Optional.of(this.recoveryCodes.replace(ownerId));
	}

	/**
	 * Checks a code typed at sign-in and spends it if right: an authenticator code of a
	 * step not used yet, or an unused recovery code.
	 * @param ownerId the person who gave the right password
	 * @param code what was typed
	 * @return which kind of code was accepted, or {@link Check#REFUSED}
	 */
	@Transactional
	public Check verify(UUID ownerId, String code) {
		SecondFactorCredential credential = this.credentials.lockByOwnerId(ownerId).orElse(null);
		if (credential == null || code == null) {
			return Check.REFUSED;
		}
		byte[] secret = this.cipher.decrypt(credential.secret());
		OptionalLong step = this.totp.verify(secret, code, credential.lastStep());
		if (step.isPresent()) {
			return credential.useStep(step.getAsLong()) ? Check.APP_CODE : Check.REFUSED;
		}
		return this.recoveryCodes.use(ownerId, code) ? Check.RECOVERY_CODE : Check.REFUSED;
	}

	/**
	 * Checks a code of the authenticator app typed to confirm a sensitive change (in
	 * place of the password) and spends its step if right; recovery codes are not
	 * accepted here: they are for a lost phone, at sign-in.
	 * @param ownerId the signed-in person
	 * @param code what was typed
	 * @return whether it is a code of the app of a step not used before
	 */
	@Transactional
	public boolean verifyAppCode(UUID ownerId, String code) {
		SecondFactorCredential credential = this.credentials.lockByOwnerId(ownerId).orElse(null);
		if (credential == null || code == null) {
			return false;
		}
		OptionalLong step = this.totp.verify(this.cipher.decrypt(credential.secret()), code, credential.lastStep());
		return step.isPresent() && credential.useStep(step.getAsLong());
	}

	/**
	 * Removes the app and its recovery codes (the person turned it off, an administrator
	 * reset it, or the account was closed).
	 * @return whether there was one
	 */
	@Transactional
	public boolean remove(UUID ownerId) {
		this.recoveryCodes.deleteAll(ownerId);
		Optional<SecondFactorCredential> credential = this.credentials.findById(ownerId);
		credential.ifPresent(this.credentials::delete);
		return credential.isPresent();
	}

	/** Whether the person has enrolled an app. */
	@Transactional(readOnly = true)
	public boolean isEnrolled(UUID ownerId) {
		return this.credentials.existsById(ownerId);
	}

	/**
	 * Which of these people have enrolled an app: one query for a list of them.
	 * @param ownerIds the people asked about
	 * @return those with an app enrolled
	 */
	@Transactional(readOnly = true)
	public Set<UUID> enrolled(Collection<UUID> ownerIds) {
		return ownerIds.isEmpty() ? Set.of() : this.credentials.enrolledAmong(ownerIds);
	}

	/** Whether the app is enrolled, since when, and how many recovery codes are left. */
	@Transactional(readOnly = true)
	public Status status(UUID ownerId) {
		return this.credentials.findById(ownerId)
			.map((credential) -> new Status(true, credential.enrolledAt(), this.recoveryCodes.remaining(ownerId)))
			.orElse(new Status(false, null, 0));
	}

	/** The outcome of a code typed at sign-in. */
	public enum Check {

		/** A code of the authenticator app, of a step not used before. */
		APP_CODE,

		/** One of the recovery codes, now spent. */
		RECOVERY_CODE,

		/** Wrong, already used, or no app enrolled. */
		REFUSED;

		/** Whether the code opens the sign-in. */
		public boolean accepted() {
			return this != REFUSED;
		}

	}

	/**
	 * A secret being set up.
	 *
	 * @param secret base32, kept by the caller (in the session) until confirmed
	 * @param grouped the same in groups of four, to type by hand
	 * @param qrCode the {@code otpauth://} address as a QR code image (data URI)
	 */
	public record Enrolment(String secret, String grouped, String qrCode) implements Serializable {
	}

	/**
	 * Whether the app is enrolled, since when, and how many recovery codes are left.
	 *
	 * @param enabled whether an app is enrolled
	 * @param since when it was enrolled (null when not)
	 * @param recoveryCodesLeft unused recovery codes
	 */
	public record Status(boolean enabled, Instant since, int recoveryCodesLeft) {
	}

}
