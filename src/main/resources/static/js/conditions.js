// Shows and hides, as the citizen answers, the fields of a step whose visible-when
// condition reads answers of this same step. The server sends each condition as a small
// tree (["in", path, [values], negated], ["and", a, b], ["or", a, b], ["not", a]) and
// evaluates every condition again on each post. Without JavaScript such fields stay
// shown, their label saying when they are needed. A condition that reads an answer not
// on this page is left as the server rendered it.
const form = document.querySelector('form.form-step');

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const rowOf = (path) => {
	const match = /^(.*\[\d+\])\.[^.]+$/.exec(path || '');
	return match ? match[1] : null;
};

if (form && window.FormData) {
	const names = () => [...form.elements].map((element) => element.name).filter(Boolean);

	// The posted names a condition path reads: key, a sibling in the same group row, or
	// group.key for the same column of every row.
	const namesOf = (path, own, all) => {
		const dot = path.indexOf('.');
		if (dot > 0) {
			const pattern = new RegExp(
				'^' + escape(path.slice(0, dot)) + '\\[\\d+\\]\\.' + escape(path.slice(dot + 1)) + '$');
			return [...new Set(all.filter((name) => pattern.test(name)))];
		}
		const row = rowOf(own);
		if (row && all.includes(row + '.' + path)) {
			return [row + '.' + path];
		}
		return all.includes(path) ? [path] : [];
	};

	const paths = (node, into) => {
		if (node[0] === 'in') {
			into.push(node[1]);
		}
		else {
			node.slice(1).forEach((child) => paths(child, into));
		}
		return into;
	};

	const test = (node, own, data, all) => {
		switch (node[0]) {
			case 'or':
				return test(node[1], own, data, all) || test(node[2], own, data, all);
			case 'and':
				return test(node[1], own, data, all) && test(node[2], own, data, all);
			case 'not':
				return !test(node[1], own, data, all);
			default: {
				const actual = namesOf(node[1], own, all).flatMap((name) => data.getAll(name));
				const any = actual.some((value) => node[2].includes(String(value).trim()));
				return any !== node[3];
			}
		}
	};

	const managed = [];
	const all = names();
	for (const field of form.querySelectorAll('.field[data-condition]')) {
		try {
			const node = JSON.parse(field.dataset.condition);
			const own = field.dataset.path;
			if (paths(node, []).every((path) => namesOf(path, own, all).length > 0)) {
				managed.push({ field, node, own });
			}
		}
		catch (error) {
			// a condition that cannot be read stays as the server rendered it
		}
	}

	const update = () => {
		const data = new FormData(form);
		const current = names();
		for (const { field, node, own } of managed) {
			field.hidden = !test(node, own, data, current);
		}
	};

	if (managed.length > 0) {
		form.addEventListener('input', update);
		form.addEventListener('change', update);
		update();
	}
}
