package fr.comptecitoyen.instruction.web;

import java.io.IOException;

import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.instruction.internal.RequestCases;
import fr.comptecitoyen.request.RequestNotFoundException;
import fr.comptecitoyen.security.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A staff member asking for a request they may not see or work on (another department's,
 * an unknown reference): the same 404 as for a request that does not exist, and a line in
 * the audit journal, so that administrators see attempts outside one's departments (OWASP
 * ASVS 5.0, chapter V16: security events, failed authorization included, are logged).
 */
@ControllerAdvice(basePackageClasses = RefusedRequestAccess.class)
class RefusedRequestAccess {

	private final AuditLog audit;

	RefusedRequestAccess(AuditLog audit) {
		this.audit = audit;
	}

	@ExceptionHandler(RequestNotFoundException.class)
	void refused(RequestNotFoundException refused, @AuthenticationPrincipal StaffPrincipal staff,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (staff != null && refused.reference() != null) {
			this.audit.recordStaff(AuditLog.Action.REQUEST_ACCESS_REFUSED, staff.getUsername(), RequestCases
				.object(refused.reference().length() > 60 ? refused.reference().substring(0, 60) : refused.reference()),
					request);
		}
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
