package fr.comptecitoyen.account.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountStatus;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Citizen accounts. */
public interface AccountRepository extends JpaRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	/**
	 * The account with its row locked until the end of the transaction: lifecycle verbs
	 * of two staff members at once run one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.id = ?1")
	Optional<Account> lockById(UUID id);

	List<Account> findByEmail(String email);

	boolean existsByUsername(String username);

	/** What signing in needs of the account with this identifier (lower case). */
	@Query("select new fr.comptecitoyen.account.internal.SignInAccount(a.id, a.username, a.passwordHash, a.status) "
			+ "from Account a where a.username = ?1")
	Optional<SignInAccount> signInByUsername(String username);

	/**
	 * What signing in needs of the accounts using this email address (lower case), by
	 * identifier.
	 */
	@Query("select new fr.comptecitoyen.account.internal.SignInAccount(a.id, a.username, a.passwordHash, a.status) "
			+ "from Account a where a.email = ?1 order by a.username")
	List<SignInAccount> signInByEmail(String email);

	/**
	 * Accounts of a status not awaiting a correction, oldest first (the validation
	 * queue).
	 */
	List<Account> findByStatusAndCorrectionRequestedFalseOrderByCreatedAtAscIdAsc(AccountStatus status, Limit limit);

	/** Accounts of a status awaiting a correction, oldest first. */
	List<Account> findByStatusAndCorrectionRequestedTrueOrderByCreatedAtAscIdAsc(AccountStatus status, Limit limit);

	/** How many accounts have this status and await no correction. */
	long countByStatusAndCorrectionRequestedFalse(AccountStatus status);

	/** Accounts born that day, among these statuses (duplicate hints). */
	List<Account> findByBirthDateAndStatusIn(LocalDate birthDate, Collection<AccountStatus> statuses);

	/** Accounts with this phone number, among these statuses (duplicate hints). */
	List<Account> findByPhoneAndStatusIn(String phone, Collection<AccountStatus> statuses);

	/** The account created by the registration form with this one-time id. */
	Optional<Account> findByRegistrationKey(String registrationKey);

	/** Usernames starting with the given stem, to number a new one past collisions. */
	@Query("select a.username from Account a where a.username = ?1 or a.username like concat(?1, '%')")
	List<String> findUsernamesLike(String stem);

}
