package fr.comptecitoyen.security;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands out proof-of-work challenges to the captcha script. Stateless: nothing is written
 * until a solution comes back.
 */
@RestController
class CaptchaController {

	static final String CHALLENGE = "/captcha/challenge";

	private final Captcha captcha;

	CaptchaController(Captcha captcha) {
		this.captcha = captcha;
	}

	@GetMapping(path = CHALLENGE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> challenge() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Captcha.asJson(this.captcha.challenge()));
	}

}
