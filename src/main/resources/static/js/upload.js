// Uploads with progress. Without JavaScript the multipart form posts as is and the server
// answers with the page (or its errors); with it, a file larger than its field allows is
// refused at once, next to the field, and the form is not sent with such a file: the first
// press stops, shows the message and leaves the file out (nothing dropped without a word); the post goes through XMLHttpRequest so that its
// progress is announced in the form's status region. The server's answer is then shown as
// the browser would have: a redirect is followed, a page with errors replaces this one.
// A refused file is shown as the server shows an error: the field outlined in red, a
// summary at the top of the form linking to it, "Erreur : " before the page's title.
const forms = document.querySelectorAll('form[data-upload]');
const words = document.querySelector('script[data-error-summary]')?.dataset || {};
const untitled = document.title;

const statusOf = (form) => form.querySelector('[role="status"]');

const checkSizes = (input) => {
	const max = Number(input.dataset.maxBytes || 0);
	const tooLarge = Array.from(input.files || []).filter((file) => max > 0 && file.size > max);
	let message = input.parentElement.querySelector('.field-error[data-upload-error]');
	if (tooLarge.length === 0) {
		if (message) {
			message.remove();
		}
		input.removeAttribute('aria-invalid');
		return true;
	}
	if (!message) {
		message = document.createElement('p');
		message.className = 'field-error';
		message.dataset.uploadError = 'true';
		message.id = input.id + '-size-error';
		input.insertAdjacentElement('beforebegin', message);
		input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + message.id).trim());
	}
	message.textContent = tooLarge.map((file) => (input.dataset.tooLarge || '').replace('{0}', file.name)).join(' ');
	input.setAttribute('aria-invalid', 'true');
	return false;
};

// Each field still refused is outlined and listed in the form's own summary; none left,
// the summary and the title's prefix go.
const showProblems = (form) => {
	const inputs = Array.from(form.querySelectorAll('input[type="file"]'));
	const problems = [];
	inputs.forEach((input) => {
		const message = input.parentElement.querySelector('.field-error[data-upload-error]');
		input.closest('.field')?.classList.toggle('field--error', Boolean(message) || input.closest('.field')?.querySelector('.field-error:not([data-upload-error])') !== null);
		if (message) {
			problems.push({ id: input.id, text: message.textContent });
		}
	});
	let summary = form.querySelector('.error-summary[data-upload-error]');
	if (problems.length === 0) {
		summary?.remove();
		document.title = untitled;
		return null;
	}
	if (!summary) {
		summary = document.createElement('div');
		summary.className = 'error-summary';
		summary.dataset.uploadError = 'true';
		summary.setAttribute('role', 'alert');
		summary.tabIndex = -1;
		const title = document.createElement('h2');
		title.id = 'upload-error-summary-title';
		title.textContent = words.errorSummary || '';
		summary.setAttribute('aria-labelledby', title.id);
		summary.append(title, document.createElement('ul'));
		form.prepend(summary);
	}
	const list = summary.querySelector('ul');
	list.replaceChildren(...problems.map((problem) => {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = '#' + problem.id;
		link.textContent = problem.text;
		item.append(link);
		return item;
	}));
	if (words.errorPrefix && !untitled.startsWith(words.errorPrefix)) {
		document.title = words.errorPrefix + ' ' + untitled;
	}
	return summary;
};

forms.forEach((form) => {
	const status = statusOf(form);
	form.querySelectorAll('input[type="file"]').forEach((input) => {
		input.addEventListener('change', () => {
			checkSizes(input);
			showProblems(form);
		});
	});
	form.addEventListener('submit', (event) => {
		const refused = Array.from(form.querySelectorAll('input[type="file"]')).filter((input) => !checkSizes(input));
		if (refused.length === 0) {
			showProblems(form);
		}
		else {
			// Stopped once, with the message next to the field; the file is then left out,
			// so that the next press goes on without it (or with another one).
			event.preventDefault();
			event.stopImmediatePropagation();
			refused.forEach((input) => {
				input.value = '';
			});
			(showProblems(form) || refused[0]).focus();
		}
	});
	if (!window.XMLHttpRequest || !window.FormData) {
		return;
	}
	form.addEventListener('submit', (event) => {
		if (event.defaultPrevented) {
			return;
		}
		const hasFiles = Array.from(form.querySelectorAll('input[type="file"]')).some((input) => input.files && input.files.length > 0);
		if (!hasFiles) {
			return; // nothing to show progress for: the ordinary post is best
		}
		event.preventDefault();
		const data = new FormData(form);
		if (event.submitter && event.submitter.name) {
			data.append(event.submitter.name, event.submitter.value);
		}
		const request = new XMLHttpRequest();
		request.open('POST', form.action);
		request.upload.addEventListener('progress', (progress) => {
			if (status && progress.lengthComputable) {
				const percent = Math.round((progress.loaded / progress.total) * 100);
				status.textContent = (form.dataset.progressText || '{0} %').replace('{0}', String(percent));
			}
		});
		request.addEventListener('load', () => {
			const sameAddress = request.responseURL === form.action;
			if (!sameAddress && request.responseURL) {
				window.location.assign(request.responseURL);
				return;
			}
			document.open();
			document.write(request.responseText);
			document.close();
		});
		request.addEventListener('error', () => {
			form.submit(); // the network failed the enhanced path: let the browser try
		});
		form.querySelectorAll('button[type="submit"]').forEach((button) => {
			button.disabled = true;
		});
		request.send(data);
	});
});
