/**
 * Citizen accounts: registration, {@code prénom.nom} usernames, the account lifecycle
 * (pending, validated, rejected, suspended, closed), password policy, recovery, profile
 * and data export. Uses {@code security} (captcha, throttling, TOTP) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "shared", "security" })
package fr.comptecitoyen.account;
