package fr.comptecitoyen.account.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.account.ContactPreference;
import fr.comptecitoyen.account.internal.Registration.AlreadyRegisteredException;
import fr.comptecitoyen.account.internal.Registration.TooManyRegistrationsException;
import fr.comptecitoyen.account.internal.Registration;
import fr.comptecitoyen.security.Captcha;
import fr.comptecitoyen.security.CitizenSignIn;
import fr.comptecitoyen.security.PasswordConfirmation;
import fr.comptecitoyen.security.PasswordPolicy;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.web.FormErrors;
import fr.comptecitoyen.shared.web.LocalPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Créer mon compte": the form, its checks, the captcha, then the citizen is signed in
 * and sees their identifier. Showing the form writes nothing; a form posted twice finds
 * the account it already created.
 */
@Controller
class RegistrationController {

	static final String PATH = "/inscription";

	static final String CONFIRMATION = PATH + "/confirmation";

	/**
	 * The optional household step that follows (the household module's page: the
	 * household depends on the account, never the other way round).
	 */
	static final String HOUSEHOLD_STEP = PATH + "/foyer";

	private static final String VIEW = "citizen/account/register";

	private static final Base64.Encoder KEYS = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final Registration registration;

	private final Captcha captcha;

	private final CitizenSignIn signIn;

	private final PasswordConfirmation confirmation;

	private final RegistrationValidator validator;

	RegistrationController(Registration registration, Captcha captcha, CitizenSignIn signIn,
			PasswordConfirmation confirmation, PasswordPolicy passwords, Clock clock, CitySettings city) {
		this.registration = registration;
		this.captcha = captcha;
		this.signIn = signIn;
		this.confirmation = confirmation;
		this.validator = new RegistrationValidator(passwords, clock, city.timeZone());
	}

	@GetMapping(PATH)
	String form(@RequestParam(required = false) String retour, Locale locale, Model model) {
		return show(RegistrationForm.empty(), new FormErrors(), newKey(), LocalPaths.localOrNull(retour), locale,
				model);
	}

	@PostMapping(PATH)
	String register(@ModelAttribute RegistrationForm form, @AuthenticationPrincipal CitizenPrincipal current,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		String key = validKey(form.registrationKey()) ? form.registrationKey() : newKey();
		String retour = LocalPaths.localOrNull(form.retour());
		Optional<CitizenPrincipal> existing = this.registration.alreadyRegistered(key);
		if (existing.isPresent()) {
			return repeated(existing.get(), form, current, retour, request, response);
		}
		RegistrationValidator.Checked checked = this.validator.check(form, key);
		FormErrors errors = checked.errors();
		Captcha.Verdict robot = this.captcha.check(form.captchaPayload(), form.captchaToken(), form.captchaAnswer());
		if ((!errors.isEmpty() || robot != Captcha.Verdict.SOLVED) && !errors.has("password")) {
			// The password is never shown again: the form shown again asks for it, in its
			// summary too, so that the form is not taken for ready once the rest is
			// mended.
			errors.add("password", "account.register.password.again");
		}
		if (robot != Captcha.Verdict.SOLVED) {
			errors.add("captcha", robot.refusal());
		}
		if (!errors.isEmpty()) {
			existing = this.registration.alreadyRegistered(key);
			return existing.isPresent() ? repeated(existing.get(), form, current, retour, request, response)
					: show(form.typed(), errors, key, retour, locale, model);
		}
		try {
			CitizenPrincipal citizen = this.registration.register(checked.account(), request.getRemoteAddr());
			this.signIn.signIn(citizen, request, response);
			return "redirect:" + confirmation(retour);
		}
		catch (TooManyRegistrationsException tooMany) {
			model.addAttribute("tooMany", true);
			return show(form.typed(), errors, newKey(), retour, locale, model);
		}
		catch (AlreadyRegisteredException raced) {
			return repeated(this.registration.alreadyRegistered(key).orElseThrow(), form, current, retour, request,
					response);
		}
	}

	/**
	 * The same form came again: show the confirmation of the account it created, signing
	 * in whoever knows that account's password, checked under the sign-in throttle and
	 * only for a few minutes after the creation ({@link Registration#REPEAT_SIGN_IN});
	 * otherwise the sign-in page.
	 */
	private String repeated(CitizenPrincipal created, RegistrationForm form, CitizenPrincipal current, String retour,
			HttpServletRequest request, HttpServletResponse response) {
		if (current != null && current.accountId().equals(created.accountId())) {
			return "redirect:" + confirmation(retour);
		}
		if (this.registration.repeatMaySignIn(created)
				&& this.confirmation.matches(created.getUsername(), form.password(), created.getPassword(), request)) {
			this.signIn.signIn(created, request, response);
			return "redirect:" + confirmation(retour);
		}
		return "redirect:/connexion";
	}

	@GetMapping(CONFIRMATION)
	String confirmation(@AuthenticationPrincipal CitizenPrincipal citizen,
			@RequestParam(required = false) String retour, Model model) {
		if (citizen == null) {
			return "redirect:/connexion";
		}
		String back = LocalPaths.localOrNull(retour);
		model.addAttribute("username", citizen.getUsername());
		model.addAttribute("retour", back);
		model.addAttribute("sharedEmail", this.registration.sharesEmail(citizen.accountId()));
		model.addAttribute("householdStep", LocalPaths.withRetour(HOUSEHOLD_STEP, back));
		return "citizen/account/register-confirmation";
	}

	private String show(Map<String, String> typed, FormErrors errors, String key, String retour, Locale locale,
			Model model) {
		model.addAttribute("values", typed);
		model.addAttribute("errors", errors);
		model.addAttribute("civilities", Civility.values());
		model.addAttribute("contactPreferences", ContactPreference.values());
		model.addAttribute("registrationKey", key);
		model.addAttribute("retour", retour);
		model.addAttribute("captcha", this.captcha.question(locale));
		return VIEW;
	}

	private static String confirmation(String retour) {
		return LocalPaths.withRetour(CONFIRMATION, retour);
	}

	private String newKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return KEYS.encodeToString(bytes);
	}

	private static boolean validKey(String key) {
		return key != null && key.matches("[A-Za-z0-9_-]{22,64}");
	}

}
