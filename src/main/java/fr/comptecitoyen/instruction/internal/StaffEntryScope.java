package fr.comptecitoyen.instruction.internal;

import java.util.Optional;
import java.util.Set;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.instruction.StaffScope;
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

	private final StaffScope scope;

	private final StaffRepository staff;

	StaffEntryScope(StaffScope scope, StaffRepository staff) {
		this.scope = scope;
		this.staff = staff;
	}

	@Override
	public Optional<EnteringAgent> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)
				|| !staff.has(StaffRole.AGENT)) {
			return Optional.empty();
		}
		return entering(staff);
	}

	@Override
	public Optional<EnteringAgent> byUsername(String username) {
		return this.staff.findByUsername(username)
			.filter((member) -> !member.isDisabled() && member.getRoles().contains(StaffRole.AGENT))
			.flatMap((member) -> entering(new StaffPrincipal(member.getId(), member.getUsername(),
					member.getDisplayName(), member.getRoles(), member.getDepartments(), "")));
	}

	private Optional<EnteringAgent> entering(StaffPrincipal staff) {
		Set<String> codes = this.scope.procedureCodes(staff);
		return codes.isEmpty() ? Optional.empty()
				: Optional.of(new EnteringAgent(staff.staffId(), staff.getUsername(), staff.displayName(), codes));
	}

}
