package fr.comptecitoyen.security;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The sign-in throttle and password check offered to other kinds of principal (staff):
 * counters per account (their own, apart from the citizens':
 * {@link SignInThrottle.Kind#STAFF}) and per client address (shared), the same hashing
 * and the same identical refusals as for citizens.
 */
@Component
public class SignInAttempts {

	private final SignInThrottle throttle;

	private final PasswordEncoder encoder;

	private final SignInCaptcha captcha;

	SignInAttempts(SignInThrottle throttle, PasswordEncoder encoder, SignInCaptcha captcha) {
		this.throttle = throttle;
		this.encoder = encoder;
		this.captcha = captcha;
	}

	/**
	 * A password check under the throttle, for one directory of principals. Every refusal
	 * is the same {@link SignInRefused}; older hash formats are upgraded through
	 * {@code rehash}.
	 */
	public AuthenticationProvider passwordProvider(UserDetailsService users, UserDetailsPasswordService rehash) {
		return new ThrottledAuthenticationProvider(users, this.throttle, SignInThrottle.Kind.STAFF, this.encoder, null,
				rehash);
	}

	/**
	 * Whether a step past the password (a code, the enrolment of an app) for this
	 * identifier is refused unchecked: the account is held back.
	 */
	public boolean isBlocked(String identifier) {
		return this.throttle.isBlocked(SignInThrottle.Kind.STAFF, identifier);
	}

	/**
	 * Until when the steps past the password are held back for this identifier.
	 * @return the end of the hold, or empty when it is not held back now
	 */
	public Optional<Instant> heldUntil(String identifier) {
		return this.throttle.heldUntil(SignInThrottle.Kind.STAFF, identifier);
	}

	/**
	 * The details of each password attempt, with the captcha asked while the client
	 * address is held back ({@link SignInCaptcha}).
	 */
	public AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> detailsSource() {
		return this.captcha.detailsSource();
	}

	/** For a sign-in form page: the captcha, while the client address is held back. */
	public void offerCaptcha(HttpServletRequest request, Locale locale, Model model) {
		this.captcha.offer(request, locale, model);
	}

	/**
	 * For the refused page: why ({@code signInHeld}) and the captcha for the next attempt
	 * ({@link SignInCaptcha#refused}).
	 * @param typed the identifier typed, or null
	 */
	public void refused(String typed, HttpServletRequest request, Locale locale, Model model) {
		this.captcha.refused(SignInThrottle.Kind.STAFF, typed, request, locale, model);
	}

	/** Counts a failed attempt (wrong password or wrong code) against both keys. */
	public void failed(String identifier, String address) {
		this.throttle.failed(SignInThrottle.Kind.STAFF, List.of(identifier), address);
	}

	/** A complete sign-in clears the identifier's failures. */
	public void succeeded(String identifier) {
		this.throttle.succeeded(SignInThrottle.Kind.STAFF, identifier);
	}

}
