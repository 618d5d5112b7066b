package fr.comptecitoyen.security;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The captcha of the sign-in forms, asked only while the client address is held back by
 * the throttle: instead of suspending everyone behind a shared address (a town-hall
 * counter, a library, a mobile network), an attempt from it goes through when it comes
 * with a captcha solved, which keeps password spraying slow without locking people out
 * (OWASP Authentication Cheat Sheet, "Login throttling"; ASVS 2.2.1). A hold on the
 * account is not lifted by it.
 */
@Component
public class SignInCaptcha {

	/**
	 * The request attribute telling the refused page how the captcha went (a
	 * {@link Captcha.Verdict}; none when the form had no captcha).
	 */
	private static final String VERDICT = SignInCaptcha.class.getName() + ".verdict";

	private final Captcha captcha;

	private final SignInThrottle throttle;

	SignInCaptcha(Captcha captcha, SignInThrottle throttle) {
		this.captcha = captcha;
		this.throttle = throttle;
	}

	/**
	 * The details of each sign-in attempt: the client address and whether a captcha sent
	 * with the form ({@code captchaPayload}, or {@code captchaToken} and
	 * {@code captchaAnswer}) is solved; it is spent either way.
	 * @return the source to give the form login
	 */
	public AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> detailsSource() {
		return (request) -> {
			String payload = request.getParameter("captchaPayload");
			String token = request.getParameter("captchaToken");
			boolean sent = (payload != null && !payload.isBlank()) || (token != null && !token.isBlank());
			Captcha.Verdict verdict = sent ? this.captcha.check(payload, token, request.getParameter("captchaAnswer"))
					: null;
			if (verdict != null) {
				request.setAttribute(VERDICT, verdict);
			}
			return new SignInDetails(request, verdict == Captcha.Verdict.SOLVED);
		};
	}

	/**
	 * For a sign-in form page: puts a captcha question in the model ({@code captcha})
	 * when the client address is held back now.
	 * @param request the page's request, for its client address
	 * @param locale the page's language
	 * @param model the page's model
	 */
	public void offer(HttpServletRequest request, Locale locale, Model model) {
		String address = request.getRemoteAddr();
		if (this.throttle.heldBack(SignInThrottle.Kind.ADDRESS, List.of(), address).address(address)) {
			model.addAttribute("captcha", this.captcha.question(locale));
		}
	}

	/**
	 * For a refused sign-in page: why it was refused ({@code signInHeld}: a hold on what
	 * was typed, on the address while no captcha was solved, or none: the password was
	 * checked), and the captcha to answer with the next attempt ({@code captcha},
	 * {@code captchaRefusal}: the message code of a captcha sent and not passed) while
	 * the address is held back.
	 * @param accounts whose identifiers: {@link SignInThrottle.Kind#ACCOUNT} or
	 * {@link SignInThrottle.Kind#STAFF}
	 * @param typed the identifier typed, or null
	 */
	void refused(SignInThrottle.Kind accounts, String typed, HttpServletRequest request, Locale locale, Model model) {
		String address = request.getRemoteAddr();
		SignInThrottle.HeldBack held = this.throttle.heldBack(accounts, List.of((typed != null) ? typed : ""), address);
		Captcha.Verdict verdict = (request.getAttribute(VERDICT) instanceof Captcha.Verdict given) ? given : null;
		SignInHold hold = held.hold(address);
		model.addAttribute("signInHeld",
				(hold == SignInHold.ADDRESS && verdict == Captcha.Verdict.SOLVED) ? SignInHold.NONE : hold);
		if (held.address(address)) {
			model.addAttribute("captcha", this.captcha.question(locale));
			model.addAttribute("captchaRefusal", (verdict != null) ? verdict.refusal() : null);
		}
	}

}
