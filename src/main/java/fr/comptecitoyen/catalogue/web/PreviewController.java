package fr.comptecitoyen.catalogue.web;

import java.util.List;
import java.util.OptionalInt;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.form.StepResult;
import fr.comptecitoyen.shared.CitySettings;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form preview ({@code /services/{slug}/apercu}): walks a procedure's steps with the
 * real engine and fragments, but keeps nothing and sends nothing. The answers travel in a
 * hidden field as JSON; they are the visitor's own, every step is re-validated on the
 * server and the summary validates them all again, so tampering gains nothing.
 */
@Controller
class PreviewController {

	private static final int SUMMARY = -1;

	private static final int MAX_ANSWERS_LENGTH = 100_000;

	private final Catalogue catalogue;

	private final FormEngine engine;

	private final JsonMapper json;

	private final CitySettings city;

	PreviewController(Catalogue catalogue, FormEngine engine, JsonMapper json, CitySettings city) {
		this.catalogue = catalogue;
		this.engine = engine;
		this.json = json;
		this.city = city;
	}

	@GetMapping("/services/{slug}/apercu")
	String start(@PathVariable String slug, Model model) {
		Procedure procedure = ServicesController.find(this.catalogue, slug);
		FormContext context = context();
		Answers answers = this.engine.prefill(procedure.form(), Answers.empty(), context);
		return step(model, procedure, answers, this.engine.firstStep(procedure.form(), answers), List.of(), context);
	}

	@PostMapping("/services/{slug}/apercu")
	String post(@PathVariable String slug, @RequestParam(name = "_step", defaultValue = "0") int step,
			@RequestParam(name = "_answers", defaultValue = "") String answersJson,
			@RequestParam(name = "_action", defaultValue = "next") String action, HttpServletRequest request,
			Model model) {
		Procedure procedure = ServicesController.find(this.catalogue, slug);
		FormDefinition form = procedure.form();
		FormContext context = context();
		Answers answers = read(answersJson);
		if (step < 0 || step >= form.steps().size()) {
			return fromSummary(model, procedure, answers, action, context);
		}
		StepResult result = this.engine.submit(form, answers, step, request.getParameterMap(), context);
		Answers bound = result.answers();
		if (action.startsWith("add:")) {
			return step(model, procedure, this.engine.addRow(form, bound, action.substring(4)), step, List.of(),
					context);
		}
		if (action.startsWith("remove:")) {
			String[] parts = action.split(":");
			int index = (parts.length == 3 && parts[2].matches("[0-9]{1,2}")) ? Integer.parseInt(parts[2]) : -1;
			return step(model, procedure, this.engine.removeRow(form, bound, parts[1], index), step, List.of(),
					context);
		}
		if (action.equals("previous")) {
			return step(model, procedure, bound, this.engine.previous(form, bound, step).orElse(step), List.of(),
					context);
		}
		if (!result.valid()) {
			return step(model, procedure, bound, step, result.errors(), context);
		}
		OptionalInt next = this.engine.next(form, bound, step);
		return next.isPresent() ? step(model, procedure, bound, next.getAsInt(), List.of(), context)
				: summary(model, procedure, bound, context);
	}

	private String fromSummary(Model model, Procedure procedure, Answers answers, String action, FormContext context) {
		FormDefinition form = procedure.form();
		if (action.matches("goto:[0-9]{1,3}") && Integer.parseInt(action.substring(5)) < form.steps().size()) {
			int target = Integer.parseInt(action.substring(5));
			return step(model, procedure, answers, target, this.engine.validateStep(form, answers, target, context),
					context);
		}
		if (action.equals("previous")) {
			int last = this.engine.previous(form, answers, form.steps().size()).orElse(0);
			return step(model, procedure, answers, last, List.of(), context);
		}
		return summary(model, procedure, answers, context);
	}

	private String step(Model model, Procedure procedure, Answers answers, int step, List<FieldError> errors,
			FormContext context) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("answers", answers.toJson(this.json));
		model.addAttribute("view", this.engine.view(procedure.form(), answers, step, errors, context));
		return "citizen/catalogue/preview";
	}

	private String summary(Model model, Procedure procedure, Answers answers, FormContext context) {
		List<FieldError> errors = this.engine.validate(procedure.form(), answers, context);
		model.addAttribute("procedure", procedure);
		model.addAttribute("answers", answers.toJson(this.json));
		model.addAttribute("errors", errors);
		model.addAttribute("steps", this.engine.summary(procedure.form(), answers, errors, context));
		model.addAttribute("summaryStep", SUMMARY);
		return "citizen/catalogue/preview-summary";
	}

	private Answers read(String text) {
		if (text.length() > MAX_ANSWERS_LENGTH) {
			return Answers.empty();
		}
		try {
			return Answers.fromJson(text, this.json);
		}
		catch (JacksonException | ClassCastException ex) {
			return Answers.empty();
		}
	}

	private FormContext context() {
		return PreviewHousehold.context(this.engine.today(), this.city.name());
	}

}
