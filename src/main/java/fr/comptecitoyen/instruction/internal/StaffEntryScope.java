package fr.comptecitoyen.instruction.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.request.AgentEntryScope;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The staff side's answer to "who may enter a request for someone": a signed-in agent
 * (role {@link StaffRole#AGENT}) with at least one department, for the procedures of
 * their departments only.
 */
@Component
class StaffEntryScope implements AgentEntryScope {

	private final Departments departments;

	private final StaffRepository staff;

	StaffEntryScope(Departments departments, StaffRepository staff) {
		this.departments = departments;
		this.staff = staff;
	}

	@Override
	public Optional<EnteringAgent> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)
				|| !staff.has(StaffRole.AGENT)) {
			return Optional.empty();
		}
		return entering(staff.staffId(), staff.getUsername(), staff.displayName(), staff.departments());
	}

	@Override
	public Optional<EnteringAgent> byUsername(String username) {
		return this.staff.findByUsername(username)
			.filter((member) -> !member.isDisabled() && member.getRoles().contains(StaffRole.AGENT))
			.flatMap((member) -> entering(member.getId(), member.getUsername(), member.getDisplayName(),
					member.getDepartments()));
	}

	private Optional<EnteringAgent> entering(UUID staffId, String username, String name, Set<String> departments) {
		Set<String> codes = this.departments.procedureCodes(departments);
		return codes.isEmpty() ? Optional.empty() : Optional.of(new EnteringAgent(staffId, username, name, codes));
	}

}
