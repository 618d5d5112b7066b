package fr.comptecitoyen.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.web.LocalPaths;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The two modes of the second step of a sign-in ({@code fragments/second-factor.html}),
 * for citizens and staff: the app's six-digit code (a numeric keyboard on phones), or a
 * recovery code ({@value #RECOVERY} in the address or the form; a text keyboard). The
 * server accepts either in both modes; the mode only sets the field and its messages.
 */
public final class SecondFactorForm {

	/** The parameter that asks for the recovery-code mode. */
	public static final String RECOVERY = "secours";

	/** The code's field. */
	public static final String FIELD = "code";

	private SecondFactorForm() {
	}

	/**
	 * Whether the request is in the recovery-code mode.
	 * @param request the page's or the form's request
	 * @return true when {@value #RECOVERY} is present
	 */
	public static boolean recovery(HttpServletRequest request) {
		return request.getParameter(RECOVERY) != null;
	}

	/**
	 * The problem of a code left empty, which is not checked and not counted against the
	 * throttle.
	 * @param request the form's request (its mode chooses the message)
	 * @param code the code typed
	 * @return the problem of the field {@code code}, or empty when a code was typed
	 */
	private static Optional<FieldProblem> missing(HttpServletRequest request, String code) {
		if (code != null && !code.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new FieldProblem(FIELD,
				recovery(request) ? "security.code.recovery.missing" : "security.code.missing"));
	}

	/**
	 * At the enrolment of an app, where only the app's code is valid: the problem of a
	 * code typed that cannot be one (not six digits), which is neither checked nor
	 * counted.
	 * @param code the code typed
	 * @return the problem of the field {@code code}, or empty when the code is empty
	 * (asked for apart) or has the shape of an app's code
	 */
	public static Optional<FieldProblem> notAnAppCode(String code) {
		if (code == null || code.isBlank() || Totp.shaped(code)) {
			return Optional.empty();
		}
		return Optional.of(new FieldProblem(FIELD, "security.code.shape"));
	}

	/**
	 * The problem of a code not accepted: held back unchecked (too many codes refused
	 * before), refused and now held back, or refused.
	 * @param request the form's request (its mode chooses the message)
	 * @param checked whether the code was checked (and the failure counted)
	 * @param heldUntil the end of the hold as shown ({@code Dates.until}), or empty when
	 * the account is not held back
	 * @param appRefused the message key of an app code refused
	 * @return the problem of the field {@code code}
	 */
	private static FieldProblem refusal(HttpServletRequest request, boolean checked, Optional<String> heldUntil,
			String appRefused) {
		if (heldUntil.isPresent()) {
			return new FieldProblem(FIELD, checked ? "security.code.refused.held" : "security.code.held",
					heldUntil.get());
		}
		return new FieldProblem(FIELD, recovery(request) ? "security.code.recovery.refused" : appRefused);
	}

	/**
	 * Checks a code typed at the second step of a sign-in or at the enrolment of an app:
	 * left empty, it is asked for (not checked, not counted); while the account is held
	 * back, it is refused unchecked, saying until when; else {@code check} checks it (and
	 * counts a refusal), and a refusal says until when the check is now suspended, if it
	 * is.
	 * @param request the form's request (its mode chooses the messages)
	 * @param code the code typed
	 * @param heldUntil reads the end of the hold on the account, empty when not held
	 * @param check checks the code, true when accepted (its work then done), else counts
	 * the refusal
	 * @param shown the end of a hold as the page shows it ({@code Dates.until})
	 * @param appRefused the message key of an app code refused
	 * @return the problem of the field {@code code}, or empty when the code was accepted
	 */
	public static Optional<FieldProblem> check(HttpServletRequest request, String code,
			Supplier<Optional<Instant>> heldUntil, BooleanSupplier check, Function<Instant, String> shown,
			String appRefused) {
		Optional<FieldProblem> missing = missing(request, code);
		if (missing.isPresent()) {
			return missing;
		}
		Optional<Instant> held = heldUntil.get();
		boolean checked = held.isEmpty();
		if (checked) {
			if (check.getAsBoolean()) {
				return Optional.empty();
			}
			held = heldUntil.get();
		}
		return Optional.of(refusal(request, checked, held.map(shown), appRefused));
	}

	/**
	 * Puts the mode ({@code recovery}) and the link to the other mode
	 * ({@code switchLink}) in the model.
	 * @param request the page's or the form's request
	 * @param model the page's model
	 * @param path the code page's path, such as {@code /connexion/code}
	 * @param retour the local page to go to after the sign-in, or null
	 */
	public static void prepare(HttpServletRequest request, Model model, String path, String retour) {
		boolean recovery = recovery(request);
		model.addAttribute("recovery", recovery);
		model.addAttribute("switchLink",
				UriComponentsBuilder.fromUriString(LocalPaths.withRetour(path, retour))
					.queryParamIfPresent(RECOVERY, recovery ? Optional.empty() : Optional.of("1"))
					.build()
					.toUriString());
	}

}
