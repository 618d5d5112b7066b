// Autosave of a draft's step: posts the form in the background every 20 seconds when
// something changed, and when the page is hidden (tab switched, window closed). The
// server keeps what was typed as is (no validation) and answers 204. Without JavaScript
// nothing changes: "Enregistrer en brouillon" does the same by hand. A save that fails is
// said in the same live region, in words, instead of being retried silently: the session
// expired (401: the server kept what was posted; the next button press leads to sign-in
// and back), or the network or server failed (tried again at the next tick).
const INTERVAL_MS = 20000;

const form = document.querySelector('form[data-autosave]');
const status = document.getElementById('autosave-status');

if (form && status && window.fetch && window.FormData) {
	let changed = false;
	let saving = false;

	const fail = (text) => {
		status.textContent = text || '';
		status.classList.add('field-error');
	};

	const announce = () => {
		status.classList.remove('field-error');
		const time = new Date().toLocaleTimeString(document.documentElement.lang || 'fr', {
			hour: '2-digit',
			minute: '2-digit',
		});
		status.textContent = (form.dataset.autosaveText || '').replace('{0}', time);
	};

	const save = async (leaving) => {
		if (!changed || saving) {
			return;
		}
		saving = true;
		changed = false;
		try {
			const response = await fetch(form.dataset.autosave, {
				method: 'POST',
				body: new URLSearchParams(new FormData(form)),
				credentials: 'same-origin',
				keepalive: leaving,
				headers: { Accept: 'text/plain' },
			});
			if (response.status === 204) {
				announce();
			}
			else if (response.status === 401) {
				fail(form.dataset.autosaveExpired);
			}
			else if (response.status === 409) {
				// a page post saved the draft at the same moment: that save wins
			}
			else {
				changed = true;
				fail(form.dataset.autosaveFailed);
			}
		}
		catch (error) {
			changed = true; // offline for a moment: try again at the next tick
			fail(form.dataset.autosaveFailed);
		}
		finally {
			saving = false;
		}
	};

	form.addEventListener('input', () => {
		changed = true;
	});
	form.addEventListener('change', () => {
		changed = true;
	});
	// A real submit saves on the server anyway: no background post racing it.
	form.addEventListener('submit', () => {
		changed = false;
	});
	window.setInterval(() => save(false), INTERVAL_MS);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') {
			save(true);
		}
	});
}
