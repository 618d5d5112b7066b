/**
 * Instruction (the back office): staff, departments, queues, assignment, decisions,
 * notes, audit of accesses and exports. Uses {@code request}, {@code account},
 * {@code household}, {@code catalogue}, {@code document} and {@code form} (the read-only
 * rendering of a request's answers).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instruction", allowedDependencies = { "shared",
		"security", "request", "account", "household", "catalogue", "document", "form" })
package fr.comptecitoyen.instruction;
