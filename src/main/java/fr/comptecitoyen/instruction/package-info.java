/**
 * Instruction (the back office): staff, departments, queues, assignment, decisions,
 * notes, audit of accesses and exports. Uses {@code request}, {@code account} and
 * {@code document}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instruction",
		allowedDependencies = { "shared", "security", "request", "account", "document" })
package fr.comptecitoyen.instruction;
