package fr.comptecitoyen.instruction.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.instruction.internal.Departments;
import fr.comptecitoyen.instruction.internal.StaffAdministration;
import fr.comptecitoyen.instruction.internal.StaffAdministration.Invitation;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffPaths;
import fr.comptecitoyen.security.SecondFactorCredentials;
import fr.comptecitoyen.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administration of staff (administrators only): the list, inviting someone, and for each
 * person their roles and departments, disabling, and resetting the second factor.
 */
@Controller
@RequestMapping(StaffPaths.ADMIN + "/agents")
class StaffAdminController {

	/** The box confirming the removal of a member's authenticator app. */
	private static final String CONFIRM_FACTOR = "confirmFactor";

	/** The box confirming the reset of a member's password. */
	private static final String CONFIRM_PASSWORD = "confirmPassword";

	private static final String BASE = "agent/admin/";

	private final StaffAdministration administration;

	private final Departments departments;

	private final SecondFactorCredentials secondFactors;

	StaffAdminController(StaffAdministration administration, Departments departments,
			SecondFactorCredentials secondFactors) {
		this.secondFactors = secondFactors;
		this.administration = administration;
		this.departments = departments;
	}

	@GetMapping
	String list(Model model) {
		List<StaffMember> members = this.administration.members();
		model.addAttribute("members", members);
		model.addAttribute("withApp", this.secondFactors.enrolled(members.stream().map(StaffMember::getId).toList()));
		return BASE + "staff-list";
	}

	@GetMapping("/inviter")
	String inviteForm(Model model) {
		return inviteView(model, new InviteForm("", "", "", List.of(), List.of()));
	}

	@PostMapping("/inviter")
	String invite(@AuthenticationPrincipal StaffPrincipal admin, InviteForm form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		List<FieldProblem> problems = this.administration.invite(admin, new Invitation(nonNull(form.username()),
				nonNull(form.email()), nonNull(form.displayName()), roles(form.roles()), codes(form.departments())),
				request);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Problems.show(model, problems);
			return inviteView(model, form);
		}
		return "redirect:" + StaffPaths.ADMIN + "/agents?invite=" + form.username().strip();
	}

	@GetMapping("/{username}")
	String member(@PathVariable String username, Model model) {
		StaffMember member = load(username);
		return memberView(model, member, member.getRoles(), member.getDepartments());
	}

	@PostMapping("/{username}/roles")
	String assign(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username,
			@RequestParam(name = "roles", required = false) List<String> roles,
			@RequestParam(name = "departments", required = false) List<String> departments, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		StaffMember member = load(username);
		Set<StaffRole> chosenRoles = roles(roles);
		Set<String> chosenDepartments = codes(departments);
		List<FieldProblem> problems = this.administration.assign(admin, member.getId(), chosenRoles, chosenDepartments,
				request);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Problems.show(model, problems);
			return memberView(model, member, chosenRoles, chosenDepartments);
		}
		return "redirect:" + StaffPaths.ADMIN + "/agents/" + username + "?modifie";
	}

	/**
	 * The member's page; the boxes show what was chosen (what was typed, after a
	 * problem).
	 */
	private String memberView(Model model, StaffMember member, Set<StaffRole> chosenRoles,
			Set<String> chosenDepartments) {
		model.addAttribute("member", member);
		model.addAttribute("withApp", this.secondFactors.enrolled(List.of(member.getId())));
		model.addAttribute("chosenRoles", chosenRoles);
		model.addAttribute("chosenDepartments", chosenDepartments);
		model.addAttribute("roles", StaffRole.values());
		model.addAttribute("departments", this.departments.all());
		return BASE + "staff-member";
	}

	@PostMapping("/{username}/desactiver")
	String disable(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username,
			@RequestParam(name = "confirm", required = false) String confirm, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		StaffMember member = load(username);
		List<FieldProblem> problems = this.administration.disable(admin, member.getId(), "1".equals(confirm), request);
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Problems.show(model, problems);
			return memberView(model, member, member.getRoles(), member.getDepartments());
		}
		return "redirect:" + StaffPaths.ADMIN + "/agents/" + username + "?desactive";
	}

	/**
	 * Removes the member's authenticator app, once the box confirming it is ticked. For
	 * one's own account, whose sessions end with it, the sign-in page says what happened.
	 */
	@PostMapping("/{username}/second-facteur")
	String resetSecondFactor(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username,
			@RequestParam(name = CONFIRM_FACTOR, required = false) String confirm, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		StaffMember member = load(username);
		if (!"1".equals(confirm)) {
			return unconfirmed(model, response, member, CONFIRM_FACTOR, "agent.admin.staff.reset.unconfirmed");
		}
		this.administration.resetSecondFactor(admin, member.getId(), request);
		return "redirect:" + (member.getId().equals(admin.staffId()) ? StaffPaths.SIGN_IN + "?application-retiree"
				: StaffPaths.ADMIN + "/agents/" + username + "?facteur");
	}

	/**
	 * Voids the member's password and emails a link to choose a new one, once the box
	 * confirming it is ticked. For one's own account, whose sessions end with it, the
	 * sign-in page says what happened.
	 */
	@PostMapping("/{username}/mot-de-passe")
	String resetPassword(@AuthenticationPrincipal StaffPrincipal admin, @PathVariable String username,
			@RequestParam(name = CONFIRM_PASSWORD, required = false) String confirm, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		StaffMember member = load(username);
		if (!"1".equals(confirm)) {
			return unconfirmed(model, response, member, CONFIRM_PASSWORD,
					"agent.admin.staff.passwordReset.unconfirmed");
		}
		this.administration.resetPassword(admin, member.getId(), request);
		return "redirect:" + (member.getId().equals(admin.staffId()) ? StaffPaths.SIGN_IN + "?motdepasse-reinitialise"
				: StaffPaths.ADMIN + "/agents/" + username + "?motdepasse");
	}

	/** The member's page again, the box of the action not ticked. */
	private String unconfirmed(Model model, HttpServletResponse response, StaffMember member, String field,
			String code) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		Problems.show(model, field, code);
		return memberView(model, member, member.getRoles(), member.getDepartments());
	}

	private String inviteView(Model model, InviteForm form) {
		model.addAttribute("form", form);
		model.addAttribute("roles", StaffRole.values());
		model.addAttribute("departments", this.departments.all());
		return BASE + "invite";
	}

	private StaffMember load(String username) {
		return this.administration.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Set<StaffRole> roles(List<String> names) {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		if (names != null) {
			for (StaffRole role : StaffRole.values()) {
				if (names.contains(role.name())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	private Set<String> codes(List<String> typed) {
		if (typed == null) {
			return Set.of();
		}
		return this.departments.all()
			.stream()
			.map((department) -> department.getCode())
			.filter(typed::contains)
			.collect(java.util.stream.Collectors.toSet());
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	/** The invitation form: only what an administrator may set. */
	record InviteForm(String username, String email, String displayName, List<String> roles, List<String> departments) {

		InviteForm {
			roles = (roles != null) ? roles : List.of();
			departments = (departments != null) ? departments : List.of();
		}

	}

}
