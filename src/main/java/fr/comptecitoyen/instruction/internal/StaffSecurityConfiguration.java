package fr.comptecitoyen.instruction.internal;

import java.io.IOException;
import java.time.Clock;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.security.PasswordHashingBusy;
import fr.comptecitoyen.security.SignInAttempts;
import fr.comptecitoyen.shared.web.FormOrigin;
import fr.comptecitoyen.shared.web.LocalPaths;
import fr.comptecitoyen.shared.web.SignedIn;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * The staff filter chain, for {@code /agent} and everything under it, before the
 * citizens' chain: its own sign-in (identifier or email, password, then a mandatory
 * second factor), its own security context in the session, its own authentication manager
 * (with no parent: a citizen's password never signs in here), the CSRF token kept in the
 * session, and the same strict headers as the portal. Roles open their sections: account
 * validators the queue of accounts, administrators the administration and the journal.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ StaffSettings.class, DigestSettings.class })
class StaffSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

	/** Where signing out lands. */
	private static final String SIGNED_OUT = StaffPaths.SIGN_IN + "?deconnecte";

	@Bean
	@Order(1)
	SecurityFilterChain staffSecurity(HttpSecurity http, StaffSignIn signIn, StaffDirectory directory,
			SignInAttempts attempts, StaffSettings settings, Clock clock) throws Exception {
		ProviderManager passwords = new ProviderManager(attempts.passwordProvider(directory::load, directory::rehash));
		ForwardAuthenticationFailureHandler refused = new ForwardAuthenticationFailureHandler(
				StaffPaths.SIGN_IN + "/refusee");
		http.securityMatcher(StaffPaths.HOME, StaffPaths.HOME + "/**")
			.authenticationManager(passwords)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(StaffPaths.SIGN_IN, StaffPaths.SIGN_IN + "/**", StaffPaths.CODE, StaffPaths.ENROL,
						StaffPaths.INVITATION, StaffPaths.INVITATION + "/**")
				.permitAll()
				.requestMatchers(StaffPaths.ADMIN, StaffPaths.ADMIN + "/**", StaffPaths.AUDIT, StaffPaths.AUDIT + "/**")
				.hasAuthority(StaffRole.ADMINISTRATOR.authority())
				.requestMatchers(StaffPaths.ACCOUNTS, StaffPaths.ACCOUNTS + "/**")
				.hasAuthority(StaffRole.ACCOUNT_VALIDATOR.authority())
				.anyRequest()
				.hasAuthority(StaffPrincipal.STAFF))
			.securityContext((context) -> context.securityContextRepository(signIn.contexts()))
			.addFilterAfter(new StaffSessionLimit(clock, settings.absoluteSession()), SecurityContextHolderFilter.class)
			.csrf((csrf) -> csrf.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.formLogin((login) -> login.loginPage(StaffPaths.SIGN_IN)
				.loginProcessingUrl(StaffPaths.SIGN_IN)
				.authenticationDetailsSource(attempts.detailsSource())
				.successHandler(signIn::passwordAccepted)
				.failureHandler((request, response, exception) -> {
					if (exception instanceof PasswordHashingBusy) {
						// The server is busy, the password unchecked: "réessayez" (503).
						PasswordHashingBusy.answer(response);
						return;
					}
					signIn.passwordRefused(request, exception);
					refused.onAuthenticationFailure(request, response, exception);
				}))
			.logout((logout) -> logout.logoutUrl(StaffPaths.SIGN_OUT)
				.logoutSuccessUrl(SIGNED_OUT)
				.deleteCookies("SESSION"))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(StaffSecurityConfiguration::signInFirst)
				.accessDeniedHandler(StaffSecurityConfiguration::denied))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				.cacheControl((cache) -> {
				}));
		return http.build();
	}

	/** The sign-in page after the session ended: it says so. */
	static final String SESSION_ENDED = StaffPaths.SIGN_IN + "?inactive";

	/**
	 * The same, after a form was posted into the ended session: it also says the form was
	 * lost.
	 */
	static final String FORM_LOST = SESSION_ENDED + "&envoi";

	/**
	 * A back-office page without a signed-in staff member: the sign-in page, saying that
	 * the session ended when the browser sent one that is gone, and carrying the page to
	 * go back to once signed in.
	 */
	private static void signInFirst(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException problem) throws IOException, ServletException {
		String page = request.getRequestURI().substring(request.getContextPath().length())
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		String signIn = sessionGone(request) ? SESSION_ENDED : StaffPaths.SIGN_IN;
		if ("GET".equals(request.getMethod()) && StaffPaths.returnable(page)) {
			// Back to that page once signed in.
			response.sendRedirect(request.getContextPath() + LocalPaths.withRetour(signIn, page));
			return;
		}
		response.sendRedirect(request.getContextPath() + signIn);
	}

	/**
	 * A pending second factor goes back to sign in; a form posted after its session ended
	 * (its CSRF token lived in that session) to the sign-in page saying the form was
	 * lost, or for « Déconnexion » to the signed-out page; a form from a page older than
	 * a live session to the page saying it was not saved, or for « Déconnexion » to the
	 * page confirming it; a form of this site posted without any session (signed out in
	 * another tab) is one of an ended session; a form of another site posted without any
	 * session gets the 403 page.
	 */
	private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof StaffSignInPending) {
			response.sendRedirect(request.getContextPath() + StaffPaths.SIGN_IN);
			return;
		}
		boolean noSession = request.getRequestedSessionId() == null;
		if (denied instanceof CsrfException && (!noSession || FormOrigin.thisSite(request))) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean signingOut = StaffPaths.SIGN_OUT.equals(path);
			// Without any session cookie, a form of this site comes from a tab older than
			// a sign-out in another tab (which deleted the cookie): the session ended;
			// the
			// same with a session of someone not signed in (the sign-in page opened
			// since).
			boolean signedIn = SignedIn.as(SecurityContextHolder.getContext().getAuthentication(),
					StaffPrincipal.STAFF);
			if (noSession || sessionGone(request) || !signedIn) {
				response.sendRedirect(request.getContextPath() + (signingOut ? SIGNED_OUT : FORM_LOST));
			}
			else {
				// A page older than the session (signed in again in another tab): the
				// sign-out to confirm, a form to fill in again.
				response.sendRedirect(request.getContextPath()
						+ (signingOut ? StaffPaths.SIGN_OUT : LocalPaths.withRetour(StaffPaths.STALE_FORM, path)));
			}
			return;
		}
		new AccessDeniedHandlerImpl().handle(request, response, denied);
	}

	private static boolean sessionGone(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

}
