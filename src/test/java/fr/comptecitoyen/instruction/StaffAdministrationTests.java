package fr.comptecitoyen.instruction;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.instruction.StaffMembers.Signed;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffRepository;
import fr.comptecitoyen.request.tracking.TrackingData;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.SentRequests;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@StaffTest
class StaffAdministrationTests {

	@Autowired
	StaffMembers staff;

	@Autowired
	Mailbox mailbox;

	@Autowired
	StaffRepository repository;

	@Autowired
	StaffScope scope;

	@Autowired
	Catalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TrackingData data;

	@Autowired
	SentRequests sent;

	@Autowired
	Citizens citizens;

	@Test
	void anInvitedAgentChoosesAPasswordThroughTheSingleUseLinkThenEnrolsAtFirstSignIn() throws Exception {
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		String username = "nouvel.agent" + UUID.randomUUID().toString().substring(0, 6);
		String email = username + "@mairie.test";
		MvcResult taken = admin.post("/agent/admin/agents/inviter", "username", "Pas Valide!", "email", email,
				"displayName", "Nouvel Agent", "roles", "AGENT", "departments", "education");
		assertThat(taken.getResponse().getStatus()).isEqualTo(422);
		assertThat(taken.getResponse().getContentAsString()).contains("Saisissez un identifiant en minuscules",
				"value=\"" + email + "\"", "value=\"Nouvel Agent\"");
		assertThat(admin
			.post("/agent/admin/agents/inviter", "username", username, "email", email, "displayName", "Nouvel Agent",
					"roles", "AGENT", "departments", "education")
			.getResponse()
			.getRedirectedUrl()).startsWith("/agent/admin/agents?invite=");
		StaffMember invited = this.repository.findByUsername(username).orElseThrow();
		assertThat(invited.getRoles()).containsExactly(StaffRole.AGENT);
		assertThat(invited.getDepartments()).containsExactly("education");
		String mail = this.mailbox.mails(email).get(0);
		assertThat(mail).contains("espace agents", username);
		String link = Mailbox.linkPath(mail, "/agent/invitation/");

		Client newcomer = this.staff.client();
		assertThat(newcomer.post("/agent/connexion", "username", username, "password", StaffMembers.PASSWORD)
			.getResponse()
			.getForwardedUrl()).as("no password yet").isEqualTo("/agent/connexion/refusee");
		assertThat(newcomer.get(link).getResponse().getContentAsString()).contains(username);
		MvcResult weak = newcomer.post(link, "password", "court", "confirmation", "court");
		assertThat(weak.getResponse().getContentAsString()).contains("au moins 12 caractères");
		MvcResult different = newcomer.post(link, "password", StaffMembers.PASSWORD, "confirmation", "autre chose");
		assertThat(different.getResponse().getContentAsString()).contains("ne sont pas identiques");
		assertThat(newcomer.post(link, "password", StaffMembers.PASSWORD, "confirmation", StaffMembers.PASSWORD)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/connexion?choisi");
		assertThat(newcomer.get(link).getResponse().getStatus()).as("single use").isEqualTo(410);
		assertThat(this.staff.enrolled(this.repository.findByUsername(username).orElseThrow())
			.client()
			.get("/agent")
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(journal("agent:" + username)).containsExactly("STAFF_INVITED", "STAFF_INVITATION_ACCEPTED");
	}

	@Test
	void theInvitationFormShowsEveryProblemAtOnceAndAnAgentNeedsADepartment() throws Exception {
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		MvcResult refused = admin.post("/agent/admin/agents/inviter", "username", "Pas Valide!", "email",
				"pas-une-adresse", "displayName", "", "roles", "AGENT");
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("username-error", "email-error", "displayName-error", "departments-error",
				"Saisissez un identifiant en minuscules", "Saisissez une adresse électronique valide",
				"Saisissez le nom affiché", "cochez au moins un service", "href=\"#departments\"",
				"value=\"pas-une-adresse\"");
		assertThat(page).containsPattern("id=\"role-AGENT\"[^>]*checked");
		MvcResult noRole = admin.post("/agent/admin/agents/inviter", "username", "sans.role", "email",
				"sans.role@mairie.test", "displayName", "Sans Rôle");
		assertThat(noRole.getResponse().getContentAsString()).contains("roles-error", "Cochez au moins un rôle")
			.doesNotContain("departments-error");
		assertThat(this.repository.findByUsername("sans.role")).isEmpty();
	}

	@Test
	void theStaffMemberFormRefusesAnAgentWithoutDepartmentAndKeepsWhatWasTicked() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		MvcResult refused = admin.post("/agent/admin/agents/" + member.getUsername() + "/roles", "roles",
				"ACCOUNT_VALIDATOR", "roles", "AGENT");
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("departments-error", "error-summary")
			.containsPattern("id=\"role-ACCOUNT_VALIDATOR\"[^>]*checked")
			.doesNotContainPattern("id=\"department-education\"[^>]*checked");
		StaffMember unchanged = this.repository.findByUsername(member.getUsername()).orElseThrow();
		assertThat(unchanged.getRoles()).containsExactly(StaffRole.AGENT);
		assertThat(unchanged.getDepartments()).containsExactly("education");
		assertThat(admin.post("/agent/admin/agents/" + member.getUsername() + "/roles", "roles", "ACCOUNT_VALIDATOR")
			.getResponse()
			.getRedirectedUrl()).as("a validator needs no department").endsWith("?modifie");
	}

	@Test
	void anInvitationLinkExpiresAfterSeventyTwoHours() throws Exception {
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		String username = "tardif" + UUID.randomUUID().toString().substring(0, 6);
		admin.post("/agent/admin/agents/inviter", "username", username, "email", username + "@mairie.test",
				"displayName", "Agent Tardif", "roles", "AGENT", "departments", "education");
		String link = Mailbox.linkPath(this.mailbox.mails(username + "@mairie.test").get(0), "/agent/invitation/");
		this.staff.clock().advance(Duration.ofHours(72).plusMinutes(1));
		assertThat(this.staff.client().get(link).getResponse().getStatus()).isEqualTo(410);
	}

	@Test
	void disablingEndsTheSessionsAndRefusesTheNextSignIn() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client agent = this.staff.enrolled(member).client();
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		MvcResult unconfirmed = admin.post("/agent/admin/agents/" + member.getUsername() + "/desactiver");
		assertThat(unconfirmed.getResponse().getStatus()).isEqualTo(422);
		assertThat(unconfirmed.getResponse().getContentAsString())
			.contains("Cochez la case pour confirmer la désactivation.");
		assertThat(agent.get("/agent").getResponse().getStatus()).as("still signed in").isEqualTo(200);
		admin.post("/agent/admin/agents/" + member.getUsername() + "/desactiver", "confirm", "1");
		assertThat(agent.get("/agent").getResponse().getRedirectedUrl()).endsWith("/agent/connexion?inactive");
		assertThat(agent.get("/agent/connexion?inactive").getResponse().getContentAsString())
			.contains("un administrateur l’a fermée");
		assertThat(this.staff.client()
			.post("/agent/connexion", "username", member.getUsername(), "password", StaffMembers.PASSWORD)
			.getResponse()
			.getForwardedUrl()).isEqualTo("/agent/connexion/refusee");
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where actor = ? and action = 'STAFF_SIGN_IN_FAILED'", String.class,
				member.getUsername()))
			.as("the refused sign-in journalled with the agent's name")
			.isNotEmpty();
		assertThat(journal("agent:" + member.getUsername())).contains("STAFF_DISABLED");
	}

	@Test
	void noAdministratorDisablesThemselfAndTheLastAdministratorKeepsTheRole() throws Exception {
		StaffMember last = this.staff.create(Set.of(StaffRole.ADMINISTRATOR));
		Client admin = this.staff.enrolled(last).client();
		MvcResult self = admin.post("/agent/admin/agents/" + last.getUsername() + "/desactiver", "confirm", "1");
		assertThat(self.getResponse().getStatus()).isEqualTo(422);
		assertThat(self.getResponse().getContentAsString())
			.contains("Vous ne pouvez pas désactiver votre propre compte");

		// Every other administrator gone: this one may not give up the role.
		this.repository.findAll()
			.stream()
			.filter((other) -> !other.getId().equals(last.getId()) && other.getRoles().contains(StaffRole.ADMINISTRATOR)
					&& !other.isDisabled())
			.forEach((other) -> {
				other.disable(java.time.Instant.now());
				this.repository.save(other);
			});
		MvcResult demoted = admin.post("/agent/admin/agents/" + last.getUsername() + "/roles", "roles", "AGENT",
				"departments", "education");
		assertThat(demoted.getResponse().getStatus()).isEqualTo(422);
		assertThat(demoted.getResponse().getContentAsString()).contains("C’est le dernier administrateur actif");
		assertThat(this.repository.findById(last.getId()).orElseThrow().getRoles()).contains(StaffRole.ADMINISTRATOR);
		assertThat(admin.get("/agent/admin/agents").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aResetSecondFactorIsEnrolledAgainAtTheNextSignInAndRoleChangesApplyAtOnce() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client agent = this.staff.enrolled(member).client();
		assertThat(agent.get("/agent/comptes").getResponse().getStatus()).isEqualTo(403);
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		admin.post("/agent/admin/agents/" + member.getUsername() + "/roles", "roles", "ACCOUNT_VALIDATOR", "roles",
				"AGENT", "departments", "education");
		assertThat(agent.get("/agent").getResponse().getRedirectedUrl()).as("sessions ended")
			.endsWith("/agent/connexion?inactive");
		MvcResult unticked = admin.post("/agent/admin/agents/" + member.getUsername() + "/second-facteur");
		assertThat(unticked.getResponse().getStatus()).isEqualTo(422);
		assertThat(unticked.getResponse().getContentAsString())
			.contains("Cochez la case pour confirmer le retrait de l’application", "href=\"#confirmFactor\"");
		admin.post("/agent/admin/agents/" + member.getUsername() + "/second-facteur", "confirmFactor", "1");
		assertThat(admin.get("/agent/admin/agents/" + member.getUsername()).getResponse().getContentAsString())
			.contains("Actif, application d’authentification à configurer à la prochaine connexion");
		assertThat(admin.get("/agent/admin/agents").getResponse().getContentAsString())
			.contains("Actif, application d’authentification à configurer à la prochaine connexion");
		assertThat(this.mailbox.mails(member.getEmail())).as("the agent is told by email")
			.anyMatch((mail) -> mail.contains("Votre application d’authentification a été retirée")
					&& mail.contains("vous configurerez une nouvelle application")
					&& mail.contains("Si vous n’avez rien demandé") && !mail.contains("Si ce n’est pas vous"));
		Client again = this.staff.enrolled(member).client();
		assertThat(again.get("/agent/comptes").getResponse().getStatus()).isEqualTo(200);
		assertThat(journal("agent:" + member.getUsername())).contains("STAFF_ROLES_CHANGED",
				"STAFF_SECOND_FACTOR_RESET");
	}

	@Test
	void anAdministratorResetsAForgottenPasswordTheOldOneStopsAndTheAppIsKept() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Signed signed = this.staff.enrolled(member);
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		String page = admin.get("/agent/admin/agents/" + member.getUsername()).getResponse().getContentAsString();
		assertThat(page).contains("Réinitialiser le mot de passe");
		MvcResult unticked = admin.post("/agent/admin/agents/" + member.getUsername() + "/mot-de-passe");
		assertThat(unticked.getResponse().getStatus()).as("nothing done without the box ticked").isEqualTo(422);
		assertThat(unticked.getResponse().getContentAsString())
			.contains("Cochez la case pour confirmer la réinitialisation du mot de passe", "href=\"#confirmPassword\"");
		assertThat(signed.client().get("/agent").getResponse().getStatus()).isEqualTo(200);
		assertThat(admin.post("/agent/admin/agents/" + member.getUsername() + "/mot-de-passe", "confirmPassword", "1")
			.getResponse()
			.getRedirectedUrl()).endsWith("?motdepasse");
		assertThat(admin.get("/agent/admin/agents/" + member.getUsername() + "?motdepasse")
			.getResponse()
			.getContentAsString()).contains("un lien pour en choisir un nouveau a été envoyé à " + member.getEmail());
		// Sessions ended, the old password refused.
		assertThat(signed.client().get("/agent").getResponse().getRedirectedUrl()).contains("/agent/connexion");
		assertThat(this.staff.client()
			.post("/agent/connexion", "username", member.getUsername(), "password", StaffMembers.PASSWORD)
			.getResponse()
			.getForwardedUrl()).isEqualTo("/agent/connexion/refusee");
		// The email says what happened and carries the link.
		String mail = this.mailbox.mails(member.getEmail()).get(0);
		assertThat(mail).contains("a réinitialisé votre mot de passe", "Votre application d’authentification reste");
		assertThat(this.mailbox.messages(member.getEmail()).get(0).getSubject())
			.endsWith("Nouveau mot de passe pour l’espace agents");
		// Shown as a reset, not as an invitation, to the administrator and to the agent.
		assertThat(admin.get("/agent/admin/agents/" + member.getUsername()).getResponse().getContentAsString())
			.contains("Mot de passe réinitialisé (nouveau mot de passe non choisi)")
			.doesNotContain("Invité (mot de passe non choisi)");
		String link = Mailbox.linkPath(mail, "/agent/invitation/");
		Client again = this.staff.client();
		assertThat(again.get(link).getResponse().getContentAsString()).contains("Choisir un nouveau mot de passe",
				"Un administrateur a réinitialisé votre mot de passe");
		assertThat(again.post(link, "password", StaffMembers.PASSWORD, "confirmation", StaffMembers.PASSWORD)
			.getResponse()
			.getContentAsString()).as("the password that may have been seen cannot come back")
			.contains("Ce mot de passe est celui que le compte avait jusqu’ici");
		String chosen = "une nouvelle phrase de passe solide";
		assertThat(again.post(link, "password", chosen, "confirmation", chosen).getResponse().getRedirectedUrl())
			.isEqualTo("/agent/connexion?nouveau");
		assertThat(this.jdbc.queryForObject("select replaced_password_hash from staff_member where username = ?",
				String.class, member.getUsername()))
			.as("the voided hash is forgotten once a new password is chosen")
			.isNull();
		assertThat(again.get("/agent/connexion?nouveau").getResponse().getContentAsString())
			.contains("Votre nouveau mot de passe est enregistré")
			.doesNotContain("vous configurerez ensuite votre application");
		this.mailbox.drain();
		assertThat(this.mailbox.mails(member.getEmail())).as("the new password confirmed by email")
			.anyMatch((text) -> text.contains("a été modifié le") && text.contains(member.getUsername()));
		assertThat(again.get(link).getResponse().getContentAsString()).contains("Lien expiré ou déjà utilisé");
		// The new password signs in, straight to the app's code: the app was kept.
		assertThat(again.post("/agent/connexion", "username", member.getUsername(), "password", chosen)
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/code");
		assertThat(journal("agent:" + member.getUsername())).contains("STAFF_PASSWORD_RESET", "STAFF_PASSWORD_CHOSEN")
			.doesNotContain("STAFF_INVITATION_ACCEPTED");
	}

	@Test
	void aResetIsShownAsSuchForAnAgentWhoNeverSignedIn() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		admin.post("/agent/admin/agents/" + member.getUsername() + "/mot-de-passe", "confirmPassword", "1");
		assertThat(admin.get("/agent/admin/agents/" + member.getUsername()).getResponse().getContentAsString())
			.contains("Mot de passe réinitialisé (nouveau mot de passe non choisi)")
			.doesNotContain("Invité (mot de passe non choisi)");
	}

	@Test
	void anAdministratorResettingTheirOwnPasswordOrAppIsToldOnTheSignInPage() throws Exception {
		StaffMember self = this.staff.create(Set.of(StaffRole.ADMINISTRATOR));
		this.staff.create(Set.of(StaffRole.ADMINISTRATOR));
		Client admin = this.staff.enrolled(self).client();
		assertThat(admin.post("/agent/admin/agents/" + self.getUsername() + "/second-facteur", "confirmFactor", "1")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/connexion?application-retiree");
		assertThat(admin.get("/agent/connexion?application-retiree").getResponse().getContentAsString())
			.contains("Votre application d’authentification a été retirée et vos sessions fermées")
			.doesNotContain("Votre session a pris fin");
		Client again = this.staff.enrolled(self).client();
		assertThat(again.post("/agent/admin/agents/" + self.getUsername() + "/mot-de-passe", "confirmPassword", "1")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/connexion?motdepasse-reinitialise");
		assertThat(again.get("/agent/connexion?motdepasse-reinitialise").getResponse().getContentAsString())
			.contains("un lien pour en choisir un nouveau vous a été envoyé par courriel");
	}

	@Test
	void departmentsAreDataAndAProcedureMovedToAnotherDepartmentMovesItsAgentsScope() throws Exception {
		StaffMember education = this.staff.create(Set.of(StaffRole.AGENT), "education");
		assertThat(this.scope.procedureCodes(education.principal())).contains("SCO", "PERI", "DEROG")
			.doesNotContain("ENC");
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		String page = admin.get("/agent/admin").getResponse().getContentAsString();
		assertThat(page).contains("Accueil-Citoyenneté", "Éducation", "Services techniques", "État civil");
		String code = "sports-" + UUID.randomUUID().toString().substring(0, 4);
		assertThat(admin.post("/agent/admin/services", "code", code, "name", "Sports").getResponse().getStatus())
			.isEqualTo(302);
		assertThat(admin.post("/agent/admin/services", "code", "Pas Valide", "name", "X")
			.getResponse()
			.getContentAsString()).contains("Saisissez un code en minuscules");
		assertThat(admin.post("/agent/admin/services/education/desactiver").getResponse().getRedirectedUrl())
			.endsWith("?utilise");
		// A department without procedures is deactivated, then made active again.
		assertThat(admin.post("/agent/admin/services/" + code + "/desactiver").getResponse().getRedirectedUrl())
			.endsWith("?enregistre");
		assertThat(admin.get("/agent/admin").getResponse().getContentAsString())
			.contains("/agent/admin/services/" + code + "/reactiver");
		assertThat(admin.post("/agent/admin/services/" + code + "/reactiver").getResponse().getRedirectedUrl())
			.endsWith("?enregistre");
		assertThat(admin.get("/agent/admin").getResponse().getContentAsString())
			.doesNotContain("/agent/admin/services/" + code + "/reactiver")
			.contains("/agent/admin/services/" + code + "/desactiver");
		assertThat(admin.post("/agent/admin/services/inconnu-0/reactiver").getResponse().getStatus()).isEqualTo(404);
		assertThat(admin.post("/agent/admin/services/inconnu-0/desactiver").getResponse().getStatus()).isEqualTo(404);
		assertThat(admin.post("/agent/admin/services/inconnu-0/nom", "name", "X").getResponse().getStatus())
			.isEqualTo(404);
		// A blank name is refused next to the department's box, which stays as typed: the
		// page does not say « enregistré ».
		MvcResult blank = admin.post("/agent/admin/services/" + code + "/nom", "name", "  ");
		assertThat(blank.getResponse().getStatus()).isEqualTo(422);
		assertThat(blank.getResponse().getContentAsString())
			.contains("id=\"name-" + code + "-error\"", "Saisissez le nom du service.", "href=\"#name-" + code + "\"",
					"aria-describedby=\"name-" + code + "-error\"")
			.doesNotContain("value=\"Sports\"");
		assertThat(this.jdbc.queryForObject("select name from department where code = ?", String.class, code))
			.isEqualTo("Sports");
		// Too long, or holding a character that shows as nothing: told as such.
		MvcResult tooLong = admin.post("/agent/admin/services/" + code + "/nom", "name", "x".repeat(121));
		assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
		assertThat(tooLong.getResponse().getContentAsString())
			.contains("Le nom du service ne doit pas dépasser 120 caractères.", "value=\"" + "x".repeat(121) + "\"");
		assertThat(admin.post("/agent/admin/services/" + code + "/nom", "name", "Sp\u0007orts\u200B")
			.getResponse()
			.getContentAsString()).contains("caractère invisible ou de contrôle");
		// A deactivated or unknown department is neither offered to a procedure nor
		// taken.
		admin.post("/agent/admin/services/" + code + "/desactiver");
		assertThat(admin.get("/agent/admin").getResponse().getContentAsString())
			.doesNotContain("<option value=\"" + code + "\"");
		for (String wrong : List.of(code, "inconnu-0")) {
			MvcResult refused = admin.post("/agent/admin/demarches/DEROG", "department", wrong, "published", "true");
			assertThat(refused.getResponse().getStatus()).isEqualTo(422);
			assertThat(refused.getResponse().getContentAsString()).contains("id=\"department-DEROG-error\"",
					"Choisissez un service actif");
		}
		assertThat(this.scope.procedureCodes(education.principal())).contains("DEROG");
		assertThat(admin.post("/agent/admin/demarches/INCONNUE", "department", "education").getResponse().getStatus())
			.isEqualTo(404);
		admin.post("/agent/admin/services/" + code + "/reactiver");
		assertThat(journal("service:" + code)).as("the security journal keeps who changed the departments")
			.containsExactlyInAnyOrder("DEPARTMENT_CREATED", "DEPARTMENT_DEACTIVATED", "DEPARTMENT_REACTIVATED",
					"DEPARTMENT_DEACTIVATED", "DEPARTMENT_REACTIVATED");
		MvcResult longCode = admin.post("/agent/admin/services", "code", "a".repeat(61), "name", "Long");
		assertThat(longCode.getResponse().getStatus()).isEqualTo(422);
		assertThat(longCode.getResponse().getContentAsString()).contains("Le code ne doit pas dépasser 60 caractères.",
				"id=\"code-error\"");
		assertThat(this.jdbc.queryForObject("select name from department where code = ?", String.class, code))
			.isEqualTo("Sports");
		admin.post("/agent/admin/demarches/DEROG", "department", code, "published", "true");
		assertThat(journal("demarche:DEROG")).contains("PROCEDURE_SETTINGS_CHANGED");
		assertThat(this.scope.procedureCodes(education.principal())).doesNotContain("DEROG");
		StaffMember sports = this.staff.create(Set.of(StaffRole.AGENT), code);
		assertThat(this.scope.mayHandle(sports.principal(), "DEROG")).isTrue();
		admin.post("/agent/admin/demarches/DEROG", "department", "education");
		assertThat(this.catalogue.isPublished("DEROG")).isFalse();
		admin.post("/agent/admin/demarches/DEROG", "department", "education", "published", "true");
		assertThat(this.catalogue.isPublished("DEROG")).isTrue();
	}

	@Test
	void aDepartmentIsNamedAsTheAdministratorNamedItOnTheCitizensPagesAndReceipt() throws Exception {
		Client admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
		String before = this.jdbc.queryForObject("select name from department where code = 'etat-civil'", String.class);
		String renamed = "Bureau des actes " + UUID.randomUUID().toString().substring(0, 4);
		Citizen camille = this.data.citizen("Camille", "Martin");
		String reference = this.sent.submitted(camille, "NAISSANCE").reference();
		TrackingData.Tracked visitor = this.data.visitorTracked("NAISSANCE", "visiteur@example.org", "Jean", "Dupont");
		try {
			assertThat(admin.post("/agent/admin/services/etat-civil/nom", "name", renamed).getResponse().getStatus())
				.isEqualTo(302);
			assertThat(journal("service:etat-civil")).contains("DEPARTMENT_RENAMED");
			Client owner = this.citizens.signedIn(camille);
			assertThat(owner.get("/demandes/" + reference).getResponse().getContentAsString()).contains(renamed);
			try (PDDocument receipt = Loader
				.loadPDF(owner.get("/demandes/" + reference + "/recu.pdf").getResponse().getContentAsByteArray())) {
				assertThat(new PDFTextStripper().getText(receipt).replaceAll("\\s+", " ")).contains(renamed);
			}
			assertThat(this.citizens.client().get("/suivi/" + visitor.token()).getResponse().getContentAsString())
				.contains(renamed);
		}
		finally {
			admin.post("/agent/admin/services/etat-civil/nom", "name", before);
		}
	}

	private List<String> journal(String object) {
		return this.jdbc.queryForList(
				"select action from audit_event where actor_kind = 'STAFF' and object_ref = ? order by occurred_at",
				String.class, object);
	}

}
