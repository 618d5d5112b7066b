// The captcha's proof of work (ALTCHA v1 protocol), our own code served from our origin.
// Without this script the text question stays and the server accepts its answer instead.
// Ticking "Je ne suis pas un robot" fetches a challenge, finds the number whose SHA-256 with
// the salt gives the challenge, and puts the base64 JSON payload in the hidden field.

const BATCH = 200;

for (const box of document.querySelectorAll('[data-captcha]')) {
	if (window.crypto && window.crypto.subtle && window.fetch && window.TextEncoder) {
		enhance(box);
	}
}

function enhance(box) {
	const question = box.querySelector('[data-captcha-question]');
	const widget = box.querySelector('[data-captcha-widget]');
	const checkbox = widget.querySelector('input[type=checkbox]');
	const status = box.querySelector('[data-captcha-status]');
	const payload = box.querySelector('input[name=captchaPayload]');
	question.hidden = true;
	widget.hidden = false;
	let working = false;
	checkbox.addEventListener('change', async () => {
		if (working || payload.value) {
			// Once started, the check stays ticked. The box is not disabled: a disabled
			// element loses the keyboard focus, which would fall back to the page's start.
			checkbox.checked = true;
			return;
		}
		if (!checkbox.checked) {
			return;
		}
		working = true;
		checkbox.setAttribute('aria-disabled', 'true');
		status.textContent = box.dataset.msgWorking;
		try {
			const response = await fetch(box.dataset.challengeUrl, {
				headers: { Accept: 'application/json' },
				credentials: 'same-origin',
				cache: 'no-store'
			});
			if (!response.ok) {
				throw new Error('challenge ' + response.status);
			}
			const challenge = await response.json();
			const number = await solve(challenge, (percent) => {
				status.textContent = box.dataset.msgProgress.replace('{0}', percent);
			});
			payload.value = btoa(JSON.stringify({
				algorithm: challenge.algorithm,
				challenge: challenge.challenge,
				number: number,
				salt: challenge.salt,
				signature: challenge.signature
			}));
			status.textContent = box.dataset.msgDone;
			forgetRefusal(box, checkbox);
		}
		catch (failure) {
			// Fall back to the text question, which works without the script.
			checkbox.checked = false;
			checkbox.removeAttribute('aria-disabled');
			widget.hidden = true;
			question.hidden = false;
			status.textContent = box.dataset.msgFailed;
		}
		finally {
			working = false;
		}
	});
}

// The refusal of the last attempt no longer holds once the check is done: its message goes,
// and so does its line in the form's summary (the whole summary when it was the only one, and
// then the « Erreur : » of the page's title).
function forgetRefusal(box, checkbox) {
	const error = box.querySelector('.field-error');
	if (error) {
		error.hidden = true;
	}
	box.classList.remove('field--error');
	checkbox.removeAttribute('aria-describedby');
	for (const invalid of box.querySelectorAll('[aria-invalid]')) {
		invalid.removeAttribute('aria-invalid');
	}
	for (const link of document.querySelectorAll('.error-summary a[href="#' + box.id + '"]')) {
		const summary = link.closest('.error-summary');
		(link.closest('li') || link).remove();
		if (summary && !summary.querySelector('li')) {
			summary.hidden = true;
			const title = document.querySelector('title[data-plain]');
			if (title) {
				document.title = title.dataset.plain;
			}
		}
	}
}

async function solve(challenge, progress) {
	const encoder = new TextEncoder();
	const max = challenge.maxnumber;
	let announced = 0;
	for (let start = 0; start <= max; start += BATCH) {
		const tries = [];
		for (let n = start; n < Math.min(start + BATCH, max + 1); n++) {
			tries.push(hash(challenge.algorithm, encoder.encode(challenge.salt + n)).then((hex) => hex === challenge.challenge ? n : -1));
		}
		const found = (await Promise.all(tries)).find((n) => n >= 0);
		if (found !== undefined) {
			return found;
		}
		// Announce every quarter at most: a screen reader should not chatter.
		const percent = Math.floor((start * 4) / max) * 25;
		if (percent > announced && percent < 100) {
			announced = percent;
			progress(percent);
		}
	}
	throw new Error('no solution');
}

async function hash(algorithm, bytes) {
	const digest = await crypto.subtle.digest(algorithm, bytes);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
