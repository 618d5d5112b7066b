package bench;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The denominator of the page ratios: a Thymeleaf page of twenty table rows (about the
 * size of Mes demandes), no database, no security, no session, started with the portal's
 * JVM options. Its start-up time is also the "bare Boot" start-up.
 */
@SpringBootApplication
@Controller
public class BarePage {

	/** One row of the table. */
	public record Row(String reference, String title, String status, LocalDate date) {
	}

	private static final List<Row> ROWS = IntStream.range(0, 20)
		.mapToObj((i) -> new Row("2026-ENC-" + (100000 + i), "Enlèvement des encombrants n° " + i, "Envoyée",
				LocalDate.of(2026, 1, 1).plusDays(i)))
		.toList();

	@GetMapping("/")
	String page(Model model) {
		model.addAttribute("rows", ROWS);
		return "bare";
	}

	public static void main(String[] args) {
		SpringApplication.run(BarePage.class, args);
	}

}
