package fr.comptecitoyen.instruction.web;

import java.util.Set;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.QueueWork;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import fr.comptecitoyen.request.RequestStatus;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Tableau de bord" of the person's departments: the sent requests by status, those
 * waiting longest for the department, and the time from submission to decision per
 * procedure over the last 30 days.
 */
@Controller
class DashboardController {

	private final QueueWork work;

	DashboardController(QueueWork work) {
		this.work = work;
	}

	@GetMapping(StaffPaths.DASHBOARD)
	String dashboard(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		Set<String> scope = this.work.scope(staff);
		model.addAttribute("dashboard", this.work.dashboard(staff));
		model.addAttribute("procedures", this.work.procedures(scope));
		model.addAttribute("statuses",
				java.util.List.of(RequestStatus.values()).subList(1, RequestStatus.values().length));
		model.addAttribute("days", QueueWork.DASHBOARD_PERIOD.toDays());
		return "agent/demandes/dashboard";
	}

}
