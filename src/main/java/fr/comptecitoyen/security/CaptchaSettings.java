package fr.comptecitoyen.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The captcha ({@code cc.captcha.*}).
 *
 * @param hmacKey secret signing the challenges and questions; every instance must share
 * the same one. When empty, a random key is generated at start (fine for one instance;
 * challenges handed out before a restart then fail)
 * @param expiry how long a challenge or a question may be answered
 * @param maxNumber difficulty of the proof of work: the browser tries on average half
 * this many SHA-256 hashes. The default, 1,000,000 (ALTCHA's own default), costs a
 * desktop browser about a second with Web Crypto, a few seconds on a modest phone: cheap
 * once, expensive for a robot posting thousands of forms
 */
@ConfigurationProperties("cc.captcha")
public record CaptchaSettings(@DefaultValue("") String hmacKey, @DefaultValue("10m") Duration expiry,
		@DefaultValue("1000000") long maxNumber) {

}
