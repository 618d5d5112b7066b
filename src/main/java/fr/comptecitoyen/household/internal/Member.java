package fr.comptecitoyen.household.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.household.AdultRelation;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.household.Sex;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person of a citizen's household, adult or child. Its kind never changes: a child who
 * comes of age is removed and added again as an adult.
 */
@Entity
@Table(name = "household_member")
public class Member {

	@Id
	private UUID id;

	@Column(name = "public_id", nullable = false, unique = true, length = 32)
	private String publicId;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private MemberKind kind;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private AdultRelation relation;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private Civility civility;

	@Enumerated(EnumType.STRING)
	@Column(length = 8)
	private Sex sex;

	@Column(name = "last_name", nullable = false, length = 100)
	private String lastName;

	@Column(name = "first_names", nullable = false, length = 150)
	private String firstNames;

	@Column(name = "birth_date", nullable = false)
	private LocalDate birthDate;

	@Column(name = "identity_key", nullable = false, length = 300)
	private String identityKey;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "to_check", nullable = false)
	private boolean toCheck;

	@Version
	private Long version;

	protected Member() {
	}

	/**
	 * A new member.
	 * @param toCheck whether the town hall still has to check it (added while the account
	 * is pending validation)
	 */
	Member(UUID accountId, String publicId, MemberDetails details, boolean toCheck, Instant now) {
		this.id = UUID.randomUUID();
		this.publicId = publicId;
		this.accountId = accountId;
		this.kind = details.kind();
		this.createdAt = now;
		this.toCheck = toCheck;
		change(details, now);
	}

	/** The town hall checked the member with the account: no longer "à vérifier". */
	void checked() {
		this.toCheck = false;
	}

	/** Replaces what the citizen typed; the kind stays. */
	void change(MemberDetails details, Instant now) {
		if (details.kind() != this.kind) {
			throw new IllegalArgumentException("A member's kind cannot change");
		}
		this.relation = (this.kind == MemberKind.ADULT) ? details.relation() : null;
		this.civility = (this.kind == MemberKind.ADULT) ? details.civility() : null;
		this.sex = (this.kind == MemberKind.CHILD) ? details.sex() : null;
		this.lastName = details.lastName();
		this.firstNames = details.firstNames();
		this.birthDate = details.birthDate();
		this.identityKey = details.identityKey();
		this.updatedAt = now;
	}

	/** What other modules see, with the age counted on the given day. */
	MemberView view(LocalDate on) {
		return new MemberView(this.publicId, this.kind, this.relation, this.civility, this.lastName, this.firstNames,
				this.sex, this.birthDate, Period.between(this.birthDate, on).getYears(), this.toCheck);
	}

	/** What the edit form starts from. */
	MemberDetails details() {
		return new MemberDetails(this.kind, this.relation, this.civility, this.sex, this.lastName, this.firstNames,
				this.birthDate);
	}

	public String getPublicId() {
		return this.publicId;
	}

	public MemberKind getKind() {
		return this.kind;
	}

	public AdultRelation getRelation() {
		return this.relation;
	}

	public String getIdentityKey() {
		return this.identityKey;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public boolean isToCheck() {
		return this.toCheck;
	}

}
