/**
 * Instruction (the back office): staff, departments, queues, assignment, decisions,
 * notes, audit of accesses and exports. Uses {@code request}, {@code account},
 * {@code household}, {@code catalogue} and {@code document}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instruction",
		allowedDependencies = { "shared", "security", "request", "account", "household", "catalogue", "document" })
package fr.comptecitoyen.instruction;
