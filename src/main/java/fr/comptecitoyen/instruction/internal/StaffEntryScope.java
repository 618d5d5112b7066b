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

	StaffEntryScope(StaffScope scope) {
		this.scope = scope;
	}

	@Override
	public Optional<EnteringAgent> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal staff)
				|| !staff.has(StaffRole.AGENT)) {
			return Optional.empty();
		}
		Set<String> codes = this.scope.procedureCodes(staff);
		return codes.isEmpty() ? Optional.empty()
				: Optional.of(new EnteringAgent(staff.staffId(), staff.getUsername(), staff.displayName(), codes));
	}

}
