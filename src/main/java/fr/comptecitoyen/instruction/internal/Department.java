package fr.comptecitoyen.instruction.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A department (service instructeur) of the commune: a stable code (the one procedure
 * definitions name) and a name an administrator may change. Deactivated rather than
 * deleted.
 */
@Entity
@Table(name = "department")
public class Department {

	@Id
	@Column(length = 60)
	private String code;

	@Column(nullable = false, length = 120)
	private String name;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Department() {
	}

	/** A new active department. */
	public Department(String code, String name, Instant now) {
		this.code = code;
		this.name = name;
		this.active = true;
		this.createdAt = now;
	}

	/** Gives the department a new name. */
	public void rename(String name) {
		this.name = name;
	}

	/** Deactivates or reactivates the department. */
	public void setActive(boolean active) {
		this.active = active;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public boolean isActive() {
		return this.active;
	}

}
