package fr.comptecitoyen.request.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.account.PendingInputs;
import fr.comptecitoyen.request.DraftView;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.ParkedUploads;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A post to a draft's pages ("Suivant", "Enregistrer", "Précédent", the documents step,
 * the autosave) with a session cookie that names no session any more: the session has
 * expired (issue 12, item 4). Without this, the CSRF check would refuse it and what was
 * typed would be lost. Before the security filters, the step's answers are parked
 * ({@link KeptAnswers}) and the citizen is sent to sign in
 * ({@code /connexion?conservee}), then back to the draft with the parking token, where
 * only the draft's owner gets them back on the same step. Posted files (a file field, the
 * documents step) are checked and kept apart ({@link ParkedUploads}) and handed to the
 * draft when its owner comes back. Nothing is written to the draft before the owner signs
 * in. The autosave gets a 401 that its script announces.
 */
@Component
@Order(-101) // after UploadLimitFilter (parts read), before Spring Security's chain
				// (-100)
class ExpiredSessionPosts extends OncePerRequestFilter {

	private static final Pattern DRAFT_POSTS = Pattern
		.compile("/demarches/brouillons/([A-Za-z0-9]{1,24})(/pieces|/enregistrement)?");

	private final KeptAnswers kept;

	private final DraftService drafts;

	private final ParkedUploads parked;

	ExpiredSessionPosts(KeptAnswers kept, DraftService drafts, ParkedUploads parked) {
		this.kept = kept;
		this.drafts = drafts;
		this.parked = parked;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !DRAFT_POSTS.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Expired: the browser sent a session cookie that names no session any more.
		boolean expired = request.getRequestedSessionId() != null && request.getSession(false) == null;
		if (!expired) {
			chain.doFilter(request, response);
			return;
		}
		Matcher matcher = DRAFT_POSTS.matcher(path(request));
		matcher.matches();
		String publicId = matcher.group(1);
		String page = matcher.group(2);
		if ("/enregistrement".equals(page)) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			return;
		}
		boolean documents = "/pieces".equals(page);
		Optional<String> token = Optional.empty();
		if (this.drafts.isDraft(publicId)) {
			ParkedUploads.Parked files = this.parked.park(publicId, (slots) -> UploadedFiles.of(request, slots))
				.orElse(null);
			token = this.kept.keep(publicId, documents ? DraftService.DOCUMENTS : step(request),
					request.getParameterMap(), files);
		}
		UriComponentsBuilder back = UriComponentsBuilder
			.fromPath(DraftView.resumePath(publicId) + (documents ? "/pieces" : ""));
		token.ifPresent((value) -> back.queryParam(PendingInputs.PARAMETER, value));
		response.sendRedirect(request.getContextPath() + UriComponentsBuilder.fromPath("/connexion")
			.queryParam(token.isPresent() ? "conservee" : "inactive")
			.queryParam("retour", back.build().toUriString())
			.encode()
			.build()
			.toUriString());
	}

	private static int step(HttpServletRequest request) {
		String step = request.getParameter("_step");
		return (step != null && step.matches("-?[0-9]{1,3}")) ? Integer.parseInt(step) : 0;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
