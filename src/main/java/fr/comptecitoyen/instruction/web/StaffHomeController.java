package fr.comptecitoyen.instruction.web;

import java.util.List;

import fr.comptecitoyen.account.PendingAccounts;
import fr.comptecitoyen.account.PendingAccounts.PendingAccount;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.instruction.internal.Departments;
import fr.comptecitoyen.instruction.internal.FollowedRequests;
import fr.comptecitoyen.instruction.internal.QueueWork;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import fr.comptecitoyen.shared.web.Dates;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home: for each queue the person works, how many items wait and the oldest
 * one, with a link to the queue; administrators get the journal and the administration.
 */
@Controller
class StaffHomeController {

	private final PendingAccounts pending;

	private final Departments departments;

	private final Dates dates;

	private final FollowedRequests followed;

	private final QueueWork work;

	StaffHomeController(PendingAccounts pending, Departments departments, Dates dates, FollowedRequests followed,
			QueueWork work) {
		this.work = work;
		this.pending = pending;
		this.departments = departments;
		this.dates = dates;
		this.followed = followed;
	}

	@GetMapping(StaffPaths.HOME)
	String home(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		model.addAttribute("staff", staff);
		if (staff.has(StaffRole.ACCOUNT_VALIDATOR)) {
			model.addAttribute("pendingCount", this.pending.count());
			List<PendingAccount> oldest = this.pending.queue(1);
			if (!oldest.isEmpty()) {
				model.addAttribute("oldest", oldest.get(0));
				model.addAttribute("oldestSince", this.dates.dateTime(oldest.get(0).createdAt()));
			}
		}
		model.addAttribute("departments", this.departments.names(staff.departments()));
		if (!staff.departments().isEmpty()) {
			model.addAttribute("followed", this.followed.counts(staff));
			model.addAttribute("queueCounts", this.work.counts(staff));
			model.addAttribute("queueTabs", QueueForm.TABS);
		}
		return "agent/home";
	}

}
