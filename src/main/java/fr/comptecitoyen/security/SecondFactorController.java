package fr.comptecitoyen.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.web.Dates;
import fr.comptecitoyen.shared.web.FormErrors;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of sign-in for citizens with an authenticator app: a six-digit code, or
 * one of the recovery codes. Wrong codes count against the sign-in throttle of the
 * account, and the right password typed before them does not clear those failures: only a
 * completed sign-in does. A right code completes the sign-in with a new session id.
 */
@Controller
class SecondFactorController {

	static final String PATH = SecuredPaths.SECOND_FACTOR;

	/** Time allowed between the password and the code. */
	static final Duration PENDING_LIMIT = Duration.ofMinutes(10);

	private static final String VIEW = "citizen/security/second-factor";

	private final ObjectProvider<SecondFactor> secondFactor;

	private final SignInThrottle throttle;

	private final PortalAuthenticationHandlers handlers;

	private final AuditLog audit;

	private final Clock clock;

	private final Dates dates;

	SecondFactorController(ObjectProvider<SecondFactor> secondFactor, SignInThrottle throttle,
			PortalAuthenticationHandlers handlers, AuditLog audit, Clock clock, Dates dates) {
		this.dates = dates;
		this.secondFactor = secondFactor;
		this.throttle = throttle;
		this.handlers = handlers;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String form(HttpServletRequest request, Model model) {
		if (pending() == null) {
			return "redirect:" + SecuredPaths.SIGN_IN;
		}
		keepRetour(request, model);
		return VIEW;
	}

	@PostMapping(PATH)
	String check(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		SecondFactorPending pending = pending();
		if (pending == null) {
			return "redirect:" + SecuredPaths.SIGN_IN;
		}
		String username = pending.getName();
		Instant now = this.clock.instant();
		Optional<FieldProblem> problem = SecondFactorForm.check(request, code,
				() -> this.throttle.heldUntil(SignInThrottle.Kind.ACCOUNT, username), () -> {
					if (this.secondFactor.getObject().verify(pending.getPrincipal(), code)) {
						return true;
					}
					this.throttle.failed(username, AuditLog.clientAddress(request));
					this.audit.record(AuditLog.Action.SECOND_FACTOR_FAILED, username, null, request);
					return false;
				}, (until) -> this.dates.until(until, now), "security.code.refused");
		if (problem.isPresent()) {
			return refused(problem.get(), request, model);
		}
		request.changeSessionId();
		Authentication full = pending.passwordChecked();
		this.handlers.complete(request, response, full);
		return null;
	}

	private String refused(FieldProblem problem, HttpServletRequest request, Model model) {
		FormErrors errors = new FormErrors();
		errors.add(problem);
		model.addAttribute("errors", errors);
		keepRetour(request, model);
		return VIEW;
	}

	private SecondFactorPending pending() {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending
				&& this.clock.millis() - pending.since() < PENDING_LIMIT.toMillis()) {
			return pending;
		}
		return null;
	}

	/**
	 * Keeps the page to return to and the mode of the form: the app's code, or a recovery
	 * code ({@code secours}); {@code switchLink} is the same page in the other mode.
	 */
	private static void keepRetour(HttpServletRequest request, Model model) {
		String retour = request.getParameter("retour");
		String local = (retour != null && LocalRedirectStrategy.returnable(request, retour)) ? retour : null;
		model.addAttribute("retour", local);
		SecondFactorForm.prepare(request, model, PATH, local);
	}

}
