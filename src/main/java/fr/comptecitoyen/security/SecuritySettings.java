package fr.comptecitoyen.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Secrets of the security features ({@code cc.security.*}).
 *
 * @param totpKey the AES key that encrypts authenticator secrets in the database, base64
 * of 16 or 32 bytes (environment variable {@code CC_SECURITY_TOTP_KEY}); empty in
 * development, where secrets are stored unencrypted with a warning at start
 */
@ConfigurationProperties("cc.security")
public record SecuritySettings(@DefaultValue("") String totpKey) {

}
