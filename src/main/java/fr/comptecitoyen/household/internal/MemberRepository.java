package fr.comptecitoyen.household.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.household.MemberKind;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Household members; every finder takes the owner's account id. */
interface MemberRepository extends JpaRepository<Member, UUID> {

	/** The household, adults first (ADULT sorts before CHILD), eldest first. */
	List<Member> findByAccountIdOrderByKindAscBirthDateAsc(UUID accountId);

	Optional<Member> findByAccountIdAndPublicId(UUID accountId, String publicId);

	/** Adults and children of the household in one query: rows of (kind, count). */
	@Query("select m.kind, count(m) from Member m where m.accountId = ?1 group by m.kind")
	List<Object[]> countByKind(UUID accountId);

	/**
	 * Clears the "à vérifier" mark of the whole household (the account was validated).
	 */
	@Modifying
	@Query("update Member m set m.toCheck = false where m.accountId = ?1 and m.toCheck = true")
	int markAllChecked(UUID accountId);

	@Modifying
	@Query("delete from Member m where m.accountId = ?1")
	int deleteAllOfAccount(UUID accountId);

}
