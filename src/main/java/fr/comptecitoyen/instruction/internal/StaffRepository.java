package fr.comptecitoyen.instruction.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Staff members. */
public interface StaffRepository extends JpaRepository<StaffMember, UUID> {

	/** By identifier (lower case). */
	Optional<StaffMember> findByUsername(String username);

	/** By email address (lower case). */
	Optional<StaffMember> findByEmail(String email);

	/** Whether the identifier is taken. */
	boolean existsByUsername(String username);

	/** Everyone, by identifier. */
	List<StaffMember> findAllByOrderByUsername();

	/**
	 * The members of any of these departments, without loading them: rows of id
	 * ({@link UUID}) and display name, by name then identifier.
	 * @param departments department codes, at least one
	 */
	@Query("select distinct m.id, m.displayName, m.username from StaffMember m join m.departments d "
			+ "where d in :departments order by m.displayName, m.username")
	List<Object[]> namesIn(Collection<String> departments);

}
