package fr.comptecitoyen.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * An address whose variable part cannot be read as the number or identifier it stands for
 * ({@code /courrier/abc.pdf}, a number too large for its type) names nothing: it gets the
 * same 404 as an address that names nothing known, not a 400 that tells the two apart. A
 * malformed query parameter is still a 400: the page exists.
 */
@ControllerAdvice
class MalformedPathVariables {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void malformed(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response) throws IOException {
		boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
		response.sendError((inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST).value());
	}

}
