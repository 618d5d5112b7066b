// After a refused submit, take the keyboard and the screen reader to the list of errors,
// whose links lead to each field.
const summary = document.querySelector('.error-summary');
if (summary) {
	summary.setAttribute('tabindex', '-1');
	summary.focus();
}
