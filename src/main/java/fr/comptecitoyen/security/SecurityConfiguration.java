package fr.comptecitoyen.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * The filter chain of the citizen portal: CSRF on every form, strict headers, and nothing
 * kept in an HTTP session for visitors who only read pages (the CSRF token and the page
 * to come back to after signing in both live in cookies).
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
	SecurityFilterChain portalSecurity(HttpSecurity http, PortalAuthenticationHandlers handlers,
			ThrottledAuthenticationProvider signIn) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieName("CC-XSRF");
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		http.authenticationProvider(signIn);
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(SecuredPaths.CITIZEN).authenticated().anyRequest().permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.formLogin((login) -> login.loginPage(SecuredPaths.SIGN_IN)
				.loginProcessingUrl(SecuredPaths.SIGN_IN)
				.successHandler(handlers.success())
				.failureHandler(handlers.failure())
				.permitAll())
			.logout((logout) -> logout.logoutUrl(SecuredPaths.SIGN_OUT)
				.logoutSuccessUrl("/?deconnecte")
				.deleteCookies("SESSION"))
			.exceptionHandling((errors) -> errors
				.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SecuredPaths.SIGN_IN + "?requis")))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	@Bean
	ThrottledAuthenticationProvider signInProvider(UserDetailsService users, UserDetailsPasswordService rehash,
			PasswordEncoder encoder, SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		passwords.setUserDetailsPasswordService(rehash);
		return new ThrottledAuthenticationProvider(passwords, throttle, encoder);
	}

}
