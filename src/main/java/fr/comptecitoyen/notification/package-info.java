/**
 * Notifications: email (and SMS) templates, the database outbox and its retries,
 * scheduled reminders, the citizen's inbox and the demo mailbox. Listens to the events of
 * the other modules; nothing calls the mailer directly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "account", "request", "catalogue", "instruction" })
package fr.comptecitoyen.notification;
