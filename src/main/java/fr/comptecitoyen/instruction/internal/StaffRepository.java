package fr.comptecitoyen.instruction.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

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

}
