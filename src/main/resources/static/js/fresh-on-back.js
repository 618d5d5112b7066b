// A draft page restored by "Back" from the browser's memory may show a form that was
// already sent: ask the server again, which says what became of the draft.
window.addEventListener('pageshow', (event) => {
	if (event.persisted) {
		window.location.reload();
	}
});
