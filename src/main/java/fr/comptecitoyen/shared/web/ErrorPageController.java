package fr.comptecitoyen.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's error pages, whatever the client accepts: the French page of the status
 * ({@code templates/error/<status>.html}, else {@code templates/error.html}), also for
 * {@code Accept: *}{@code /*} or {@code application/json}, where Spring Boot's own
 * controller answers an English JSON body. The portal has no JSON interface, so every
 * client gets the page a person would read. The model holds the status, its reason and
 * the path asked for, never a message or a trace (OWASP ASVS 5.0, 16.5.1).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController extends AbstractErrorController {

	ErrorPageController(ErrorAttributes attributes, List<ErrorViewResolver> views) {
		super(attributes, views);
	}

	/**
	 * The error page of the status the container recorded (500 when none).
	 * @return the view of that status, with the status set on the response
	 */
	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		response.setStatus(status.value());
		ModelAndView page = resolveErrorView(request, response, status, model);
		return (page != null) ? page : new ModelAndView("error", model, status);
	}

}
