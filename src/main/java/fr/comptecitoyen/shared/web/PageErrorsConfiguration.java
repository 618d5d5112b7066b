package fr.comptecitoyen.shared.web;

import java.util.Collection;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Tells the layout that the page shows input errors ({@code pageHasErrors}), so that its
 * title starts with "Erreur : " (RGAA 8.6 and the State's error pattern: the title is the
 * first thing a screen reader announces). A page shows errors when a form's binding
 * result has errors, when its model holds a non-empty {@code errors} or {@code problems}
 * list or map (or one whose name ends so: {@code documentErrors}), a non-null value whose
 * name ends with {@code Problem} ({@code answerProblem}), {@code true} under a name
 * ending with {@code Failed} ({@code signInFailed}), or a {@link ShowsErrors} that has
 * errors (the filters of Mes Demandes). One rule for every form page, citizen and staff.
 */
@Configuration(proxyBeanMethods = false)
class PageErrorsConfiguration implements WebMvcConfigurer {

	/** The model attribute the layout reads. */
	static final String ATTRIBUTE = "pageHasErrors";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				if (view != null && rendersAPage(view) && !view.getModel().containsKey(ATTRIBUTE)) {
					view.addObject(ATTRIBUTE, hasErrors(view.getModel()));
				}
			}

		});
	}

	/** Not a redirect, whose model would become query parameters. */
	private static boolean rendersAPage(ModelAndView view) {
		String name = view.getViewName();
		return (name != null) ? !name.startsWith("redirect:") && !name.startsWith("forward:")
				: !(view.getView() instanceof RedirectView);
	}

	static boolean hasErrors(Map<String, Object> model) {
		for (Map.Entry<String, Object> entry : model.entrySet()) {
			Object value = entry.getValue();
			if (value instanceof BindingResult result && result.hasErrors()) {
				return true;
			}
			String name = entry.getKey();
			boolean named = name.equals("errors") || name.equals("problems") || name.endsWith("Errors")
					|| name.endsWith("Problems");
			if (named && ((value instanceof Collection<?> list && !list.isEmpty())
					|| (value instanceof Map<?, ?> map && !map.isEmpty()))) {
				return true;
			}
			if (named && value instanceof FormErrors errors && !errors.isEmpty()) {
				return true;
			}
			if (name.endsWith("Problem") && value != null) {
				return true;
			}
			if (name.endsWith("Failed") && Boolean.TRUE.equals(value)) {
				return true;
			}
			if (value instanceof ShowsErrors shows && shows.hasErrors()) {
				return true;
			}
		}
		return false;
	}

}
