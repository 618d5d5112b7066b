package fr.comptecitoyen.security;

import java.io.IOException;
import java.time.Clock;

import fr.comptecitoyen.shared.web.FormOrigin;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter chain of the citizen portal: CSRF on every form (the token in the session
 * once there is one, see {@link SessionBoundCsrfTokens}), strict headers, and no HTTP
 * session for visitors who only read pages (the page to come back to after signing in
 * lives in a cookie).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/** Strict policy: our own scripts, styles and images only; no inline code at all. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/** The session cookie, {@code __Host-} prefixed over HTTPS. */
	/**
	 * No observation of Spring Security's filters, authentications and authorizations: no
	 * metrics or traces leave the portal (only {@code /actuator/health} is exposed), and
	 * the observation wrapped each of the chain's filters on every page (a string and a
	 * context made per filter and request).
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	CookieSerializer sessionCookies() {
		return new SessionCookies();
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, PortalAuthenticationHandlers handlers,
			UserDetailsService users, UserDetailsPasswordService rehash, PasswordEncoder encoder,
			SignInThrottle throttle, SecurityContextRepository contexts, Clock clock, SessionSettings sessions,
			AuditLog audit, SignInCaptcha captcha) throws Exception {
		// The chain's own manager, without the global one as parent: a refused password
		// must run the throttled check once, not once here and again in the parent.
		http.authenticationManager(new ProviderManager(signInProvider(users, rehash, encoder, throttle)));
		// A role, not just "authenticated": a right password awaiting its second factor
		// has none.
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(SecuredPaths.CITIZEN)
			.hasAuthority(SecuredPaths.CITIZEN_AUTHORITY)
			.anyRequest()
			.permitAll())
			.securityContext((context) -> context.securityContextRepository(contexts))
			.addFilterAfter(new AbsoluteSessionLimit(clock, sessions, audit), SecurityContextHolderFilter.class)
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionBoundCsrfTokens()))
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.formLogin((login) -> login.loginPage(SecuredPaths.SIGN_IN)
				.loginProcessingUrl(SecuredPaths.SIGN_IN)
				.authenticationDetailsSource(captcha.detailsSource())
				.successHandler(handlers.success())
				.failureHandler(handlers.failure())
				.permitAll())
			.logout((logout) -> logout.logoutUrl(SecuredPaths.SIGN_OUT)
				.logoutSuccessUrl(SIGNED_OUT)
				.deleteCookies(SessionCookies.NAME, SessionCookies.SECURE_NAME))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(SecurityConfiguration::signInFirst)
				.accessDeniedHandler(SecurityConfiguration::denied))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/** The page a form posted after its session expired lands on. */
	static final String SESSION_EXPIRED_PAGE = "/session-expiree";

	/** Where signing out lands. */
	private static final String SIGNED_OUT = "/?deconnecte";

	private static final LoginUrlAuthenticationEntryPoint SIGN_IN_NEEDED = new LoginUrlAuthenticationEntryPoint(
			SecuredPaths.SIGN_IN + "?requis");

	private static final LoginUrlAuthenticationEntryPoint SESSION_EXPIRED = new LoginUrlAuthenticationEntryPoint(
			SecuredPaths.SIGN_IN + "?inactive");

	/**
	 * A personal page without a signed-in session: the sign-in page, saying that the
	 * session expired when the browser sent one that is gone (issue 12, item 4).
	 */
	private static void signInFirst(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException problem) throws IOException, ServletException {
		boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
		(expired ? SESSION_EXPIRED : SIGN_IN_NEEDED).commence(request, response, problem);
	}

	/**
	 * A pending second factor goes to the code page; a form posted after its session
	 * expired (its CSRF token lived in that session), or from a page older than the
	 * session (signed in or out in another tab), to the page that says so and what to do
	 * ({@value #SESSION_EXPIRED_PAGE}), « Déconnexion » to the signed-out page or to the
	 * page that confirms it; the same for a form of this site posted without any session
	 * (signed out in another tab); a form of another site posted without any session gets
	 * the 403 page.
	 */
	private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending) {
			response.sendRedirect(request.getContextPath() + SecondFactorController.PATH);
			return;
		}
		boolean noSession = request.getRequestedSessionId() == null;
		if (denied instanceof CsrfException && (!noSession || FormOrigin.thisSite(request))) {
			// Without any session cookie, a form of this site comes from a tab older than
			// a sign-out in another tab (which deleted the cookie), or from a browser
			// that
			// refuses cookies: the stale-form page says both.
			boolean gone = noSession || !request.isRequestedSessionIdValid();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (SecuredPaths.SIGN_OUT.equals(path)) {
				// Signing out of a session already gone: done; from a page older than the
				// session (signed in again in another tab): the page that asks to
				// confirm.
				response.sendRedirect(request.getContextPath() + (gone ? SIGNED_OUT : SecuredPaths.SIGN_OUT));
				return;
			}
			// A form of a session that expired, or of a page older than the session.
			UriComponentsBuilder page = UriComponentsBuilder.fromPath(SESSION_EXPIRED_PAGE).queryParam("retour", path);
			if (!gone || noSession) {
				page.queryParam(SecuredPaths.STALE_FORM, "1");
			}
			response.sendRedirect(request.getContextPath() + page.encode().build().toUriString());
			return;
		}
		new AccessDeniedHandlerImpl().handle(request, response, denied);
	}

	/**
	 * The citizens' password check. Deliberately not a bean: a provider bean is also
	 * added to the global authentication manager, which would check every refused
	 * password a second time (two hashes, two failures counted).
	 */
	static ThrottledAuthenticationProvider signInProvider(UserDetailsService users, UserDetailsPasswordService rehash,
			PasswordEncoder encoder, SignInThrottle throttle) {
		return new ThrottledAuthenticationProvider(users, throttle, SignInThrottle.Kind.ACCOUNT, encoder,
				(users instanceof AccountsByEmail emails) ? emails : null, rehash);
	}

}
