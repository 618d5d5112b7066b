package fr.comptecitoyen.security;

import java.util.Optional;

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
