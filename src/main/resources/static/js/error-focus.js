// After a refused submit, take the keyboard and the screen reader to the list of errors,
// whose links lead to each field (or, on a page whose only error is one message, such as
// a refused sign-in, to that message).
const summary = document.querySelector('.error-summary') || document.querySelector('main [role="alert"]');
if (summary) {
	summary.setAttribute('tabindex', '-1');
	summary.focus();
}
