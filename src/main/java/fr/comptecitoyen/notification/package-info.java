/**
 * Notifications: email (and SMS) templates, the database outbox and its retries,
 * scheduled reminders, the citizen's inbox and the demo mailbox. Listens to the events of
 * the other modules; nothing calls the mailer directly. Listeners write an outbox row in
 * the transaction of the change, with the template and its model; only the relay renders
 * it, so that a broken template never rolls back a citizen's action.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "account", "request", "catalogue", "instruction" })
package fr.comptecitoyen.notification;
