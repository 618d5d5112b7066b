package fr.comptecitoyen.security;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

/**
 * Seals a short secret (a visitor's tracking token) for storage, with the same AES-GCM
 * keys as second-factor secrets ({@link SecondFactorKey}, rotation included), so that a
 * copy of the database alone does not give the link, while the portal can still write it
 * into every later email.
 */
@Component
public class SealedTokens {

	private final TotpSecretCipher cipher;

	SealedTokens(TotpSecretCipher cipher) {
		this.cipher = cipher;
	}

	/**
	 * Seals a token.
	 * @param token the secret, in clear
	 * @return what to store ({@code v1:} and base64, under 200 characters for a token of
	 * {@link SecretTokens#newToken()})
	 */
	public String seal(String token) {
		return this.cipher.encrypt(token.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Opens a sealed token.
	 * @param sealed from {@link #seal}
	 * @return the token in clear
	 * @throws IllegalStateException when no configured key opens it
	 */
	public String open(String sealed) {
		return new String(this.cipher.decrypt(sealed), StandardCharsets.UTF_8);
	}

}
