package fr.comptecitoyen.security;

import java.io.IOException;
import java.util.Locale;

import fr.comptecitoyen.shared.web.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sign-in page. A failed attempt is forwarded here so that the identifier typed is
 * kept; the refusal reads the same whatever went wrong, unless what was typed or the
 * client address is held back by the throttle ({@link SignInHold}).
 */
@Controller
class SignInController {

	static final String FAILED = SecuredPaths.SIGN_IN + "/echec";

	private static final LocalRedirectStrategy REDIRECTS = new LocalRedirectStrategy();

	private final SignInCaptcha captcha;

	SignInController(SignInCaptcha captcha) {
		this.captcha = captcha;
	}

	/**
	 * The form, or for a citizen already signed in (a bookmark, the back button) the page
	 * they were going to, else the home page: the form would only sign them in again.
	 */
	@GetMapping(SecuredPaths.SIGN_IN)
	String signIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			Locale locale, Model model) throws IOException {
		if (SignedIn.as(authentication, SecuredPaths.CITIZEN_AUTHORITY)) {
			REDIRECTS.sendRedirect(request, response, request.getParameter("retour"));
			return null;
		}
		this.captcha.offer(request, locale, model);
		return form(request, model);
	}

	/**
	 * « Déconnexion » opened as a page: a form to confirm it for someone signed in (a
	 * sign-out form from a page older than the session lands here too), else the home
	 * page.
	 */
	@GetMapping(SecuredPaths.SIGN_OUT)
	String signOut(Authentication authentication, Model model) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return "redirect:/";
		}
		model.addAttribute("staff", false);
		return "shared/sign-out";
	}

	private static String form(HttpServletRequest request, Model model) {
		String retour = request.getParameter("retour");
		if (retour != null && LocalRedirectStrategy.returnable(request, retour)) {
			model.addAttribute("retour", retour);
		}
		return "citizen/security/sign-in";
	}

	@RequestMapping(FAILED)
	String failed(HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("signInFailed", true);
		// An address may be shared by several accounts: the refusal then says to use the
		// identifier, whether or not the address is known.
		String typed = request.getParameter("username");
		model.addAttribute("signInFailedByEmail", typed != null && typed.contains("@"));
		model.addAttribute("typedUsername", SignInRefused.typedBack(typed));
		// Held back: the page says so rather than to check the password, and asks for the
		// captcha while the address is held.
		this.captcha.refused(SignInThrottle.Kind.ACCOUNT, typed, request, locale, model);
		return form(request, model);
	}

}
