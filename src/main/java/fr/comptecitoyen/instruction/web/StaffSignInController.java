package fr.comptecitoyen.instruction.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import fr.comptecitoyen.instruction.internal.StaffSignIn;
import fr.comptecitoyen.security.SecondFactorCredentials;
import fr.comptecitoyen.security.SecondFactorForm;
import fr.comptecitoyen.security.SecondFactorCredentials.Enrolment;
import fr.comptecitoyen.security.SignInAttempts;
import fr.comptecitoyen.security.SignInRefused;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.web.Dates;
import fr.comptecitoyen.shared.web.LocalPaths;
import fr.comptecitoyen.shared.web.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff sign-in: the password page, then the mandatory second factor — enrolment of an
 * authenticator app at the first sign-in (QR code and the key as text in groups of four,
 * a code to confirm, ten recovery codes shown once), a code from the app or a recovery
 * code afterwards. Wrong codes count against the sign-in throttle.
 */
@Controller
class StaffSignInController {

	static final String ENROLMENT = "cc.staff.enrolment";

	private static final String BASE = "agent/security/";

	private static final String TO_SIGN_IN = "redirect:" + StaffPaths.SIGN_IN;

	private final StaffSignIn signIn;

	private final SecondFactorCredentials secondFactors;

	private final CitySettings city;

	private final SignInAttempts attempts;

	private final Dates dates;

	private final Clock clock;

	StaffSignInController(StaffSignIn signIn, SecondFactorCredentials secondFactors, CitySettings city,
			SignInAttempts attempts, Dates dates, Clock clock) {
		this.dates = dates;
		this.clock = clock;
		this.attempts = attempts;
		this.signIn = signIn;
		this.secondFactors = secondFactors;
		this.city = city;
	}

	/**
	 * The form, or for a staff member already signed in (a bookmark, the back button) the
	 * back office's home: the form would only sign them in again.
	 */
	@GetMapping(StaffPaths.SIGN_IN)
	String signInPage(Authentication authentication, HttpServletRequest request, Locale locale, Model model) {
		String retour = request.getParameter("retour");
		if (SignedIn.as(authentication, StaffPrincipal.STAFF)) {
			return "redirect:" + (StaffPaths.returnable(retour) ? retour : StaffPaths.HOME);
		}
		model.addAttribute("retour", StaffPaths.returnable(retour) ? retour : null);
		this.attempts.offerCaptcha(request, locale, model);
		return BASE + "sign-in";
	}

	/**
	 * « Déconnexion » opened as a page (a sign-out form from a page older than the
	 * session lands here too): a form to confirm it.
	 */
	@GetMapping(StaffPaths.SIGN_OUT)
	String signOut(Model model) {
		model.addAttribute("staff", true);
		return "shared/sign-out";
	}

	/**
	 * Where a back-office form from a page older than the session lands (signed in again
	 * in another tab): it was not saved; a link goes back to its page.
	 * @param retour the path the form was posted to
	 */
	@GetMapping(StaffPaths.STALE_FORM)
	String staleForm(@RequestParam(required = false) String retour, Model model) {
		String back = LocalPaths.localOrNull(retour);
		model.addAttribute("staff", true);
		model.addAttribute("staleForm", true);
		model.addAttribute("back", (back != null && back.startsWith(StaffPaths.HOME)) ? back : StaffPaths.HOME);
		return "citizen/request/session-expired";
	}

	@RequestMapping(StaffPaths.SIGN_IN + "/refusee")
	String refused(HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("signInFailed", true);
		String typed = request.getParameter("username");
		model.addAttribute("typedUsername", SignInRefused.typedBack(typed));
		String retour = request.getParameter("retour");
		model.addAttribute("retour", StaffPaths.returnable(retour) ? retour : null);
		this.attempts.refused(typed, request, locale, model);
		return BASE + "sign-in";
	}

	@GetMapping(StaffPaths.CODE)
	String codePage(HttpServletRequest request, Model model) {
		if (this.signIn.pending().isEmpty()) {
			return TO_SIGN_IN;
		}
		SecondFactorForm.prepare(request, model, StaffPaths.CODE, null);
		return BASE + "code";
	}

	@PostMapping(StaffPaths.CODE)
	String checkCode(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<StaffPrincipal> pending = this.signIn.pending();
		if (pending.isEmpty()) {
			return TO_SIGN_IN;
		}
		Optional<FieldProblem> problem = codeProblem(pending.get(), code, request,
				() -> this.signIn.verify(pending.get(), code, request).accepted(), "agent.signin.code.refused");
		if (problem.isPresent()) {
			Problems.show(model, List.of(problem.get()));
			SecondFactorForm.prepare(request, model, StaffPaths.CODE, null);
			return BASE + "code";
		}
		String next = this.signIn.completeTo(pending.get(), request, response);
		return (next != null) ? "redirect:" + next : TO_SIGN_IN;
	}

	@GetMapping(StaffPaths.ENROL)
	String enrolPage(HttpSession session, Model model) {
		Optional<StaffPrincipal> pending = this.signIn.pending();
		if (pending.isEmpty() || this.signIn.isEnrolled(pending.get())) {
			return TO_SIGN_IN;
		}
		// The same secret until a code confirms it: a reload or a second tab must not
		// void
		// what the person already added to the app.
		Enrolment enrolment = (session.getAttribute(ENROLMENT) instanceof Enrolment started) ? started
				: this.secondFactors.start(this.city.name(), pending.get().getUsername());
		session.setAttribute(ENROLMENT, enrolment);
		model.addAttribute("enrolment", enrolment);
		return BASE + "enrol";
	}

	@PostMapping(StaffPaths.ENROL)
	String confirmEnrolment(@RequestParam(name = "code", defaultValue = "") String code, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<StaffPrincipal> pending = this.signIn.pending();
		if (pending.isEmpty() || !(session.getAttribute(ENROLMENT) instanceof Enrolment enrolment)
				|| this.signIn.isEnrolled(pending.get())) {
			return TO_SIGN_IN;
		}
		AtomicReference<List<String>> codes = new AtomicReference<>();
		Optional<FieldProblem> problem = SecondFactorForm.notAnAppCode(code)
			.or(() -> codeProblem(pending.get(), code, request, () -> {
				this.signIn.enrol(pending.get(), enrolment.secret(), code, request).ifPresent(codes::set);
				return codes.get() != null;
			}, "agent.signin.enrol.refused"));
		if (problem.isPresent()) {
			Problems.show(model, List.of(problem.get()));
			model.addAttribute("enrolment", enrolment);
			return BASE + "enrol";
		}
		session.removeAttribute(ENROLMENT);
		if (!this.signIn.complete(pending.get(), request, response)) {
			return TO_SIGN_IN;
		}
		model.addAttribute("codes", codes.get());
		return BASE + "recovery-codes";
	}

	/**
	 * What is wrong with a code typed at sign-in or at the enrolment of an app: left
	 * empty (not checked, not counted), refused unchecked while the account is held back,
	 * or refused by {@code check}, which counts the failure.
	 * @param check checks the code, true when accepted (its work then done)
	 * @param refusedKey the message of an app code refused
	 * @return the problem of the field, or empty when the code was accepted
	 */
	private Optional<FieldProblem> codeProblem(StaffPrincipal principal, String code, HttpServletRequest request,
			BooleanSupplier check, String refusedKey) {
		Instant now = this.clock.instant();
		return SecondFactorForm.check(request, code, () -> this.attempts.heldUntil(principal.getUsername()), check,
				(until) -> this.dates.until(until, now), refusedKey);
	}

}
