/**
 * Requests: drafts, submission, answers, the request lifecycle and its history,
 * references and anonymous tracking. Uses {@code catalogue}, {@code form},
 * {@code account}, {@code household} and {@code document}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
		allowedDependencies = { "shared", "security", "catalogue", "form", "account", "household", "document" })
package fr.comptecitoyen.request;
