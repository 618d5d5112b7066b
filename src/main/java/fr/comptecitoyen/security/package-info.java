/**
 * Security: the filter chain and headers, password hashing, sign-in throttling, the
 * captcha, second factors (TOTP) and the current user. Uses {@code shared} only: accounts
 * plug their user lookup in through Spring Security's own interfaces.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = "shared")
package fr.comptecitoyen.security;
