package fr.comptecitoyen.form.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import fr.comptecitoyen.form.Condition;

/**
 * The tiny expression language of {@code visible-when} and {@code required-when}:
 *
 * <pre>
 * expr       := and ('or' and)*
 * and        := unary ('and' unary)*
 * unary      := 'not' unary | '(' expr ')' | comparison
 * comparison := path ('==' | '!=') literal | path ['not'] 'in' '[' literal (',' literal)* ']'
 * literal    := 'text' | "text" | true | false | number
 * path       := key | group.key
 * </pre>
 *
 * A path with several values (multi-choice, or {@code group.key} over the rows) matches
 * {@code ==} when any value matches; {@code !=} is its negation. Yes-no answers compare
 * with {@code true} and {@code false}.
 */
public final class Conditions {

	private Conditions() {
	}

	/** A JSON string literal. */
	static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	/**
	 * Parses an expression.
	 * @param source the expression
	 * @return the condition
	 * @throws IllegalArgumentException with a French-free, precise reason
	 */
	public static Condition parse(String source) {
		Parser parser = new Parser(source, ConditionTokens.tokens(source));
		Node node = parser.or();
		if (parser.position < parser.tokens.size()) {
			throw new IllegalArgumentException(
					"unexpected '" + parser.tokens.get(parser.position) + "' in condition \"" + source + "\"");
		}
		return new Parsed(node, source);
	}

	private interface Node {

		boolean test(Function<String, List<String>> values);

		void paths(Set<String> into);

		void json(StringBuilder into);

	}

	private record Parsed(Node node, String source) implements Condition {

		@Override
		public boolean test(Function<String, List<String>> values) {
			return this.node.test(values);
		}

		@Override
		public Set<String> paths() {
			Set<String> paths = new LinkedHashSet<>();
			this.node.paths(paths);
			return paths;
		}

		@Override
		public Optional<Comparison> comparison() {
			return (this.node instanceof Match match && !match.negated())
					? Optional.of(new Comparison(match.path(), match.literals())) : Optional.empty();
		}

		@Override
		public String json() {
			StringBuilder json = new StringBuilder();
			this.node.json(json);
			return json.toString();
		}

		@Override
		public String toString() {
			return this.source;
		}

	}

	private record Or(Node left, Node right) implements Node {

		public boolean test(Function<String, List<String>> values) {
			return this.left.test(values) || this.right.test(values);
		}

		public void paths(Set<String> into) {
			this.left.paths(into);
			this.right.paths(into);
		}

		public void json(StringBuilder into) {
			into.append("[\"or\",");
			this.left.json(into);
			into.append(',');
			this.right.json(into);
			into.append(']');
		}

	}

	private record And(Node left, Node right) implements Node {

		public boolean test(Function<String, List<String>> values) {
			return this.left.test(values) && this.right.test(values);
		}

		public void paths(Set<String> into) {
			this.left.paths(into);
			this.right.paths(into);
		}

		public void json(StringBuilder into) {
			into.append("[\"and\",");
			this.left.json(into);
			into.append(',');
			this.right.json(into);
			into.append(']');
		}

	}

	private record Not(Node inner) implements Node {

		public boolean test(Function<String, List<String>> values) {
			return !this.inner.test(values);
		}

		public void paths(Set<String> into) {
			this.inner.paths(into);
		}

		public void json(StringBuilder into) {
			into.append("[\"not\",");
			this.inner.json(into);
			into.append(']');
		}

	}

	private record Match(String path, List<String> literals, boolean negated) implements Node {

		public boolean test(Function<String, List<String>> values) {
			List<String> actual = values.apply(this.path);
			boolean any = actual != null && actual.stream().anyMatch(this.literals::contains);
			return any != this.negated;
		}

		public void paths(Set<String> into) {
			into.add(this.path);
		}

		public void json(StringBuilder into) {
			into.append("[\"in\",").append(quoted(this.path)).append(",[");
			into.append(String.join(",", this.literals.stream().map(Conditions::quoted).toList()));
			into.append("],").append(this.negated).append(']');
		}

	}

	private static final class Parser {

		private final String source;

		private final List<String> tokens;

		private int position;

		Parser(String source, List<String> tokens) {
			this.source = source;
			this.tokens = tokens;
		}

		Node or() {
			Node node = and();
			while (accept("or")) {
				node = new Or(node, and());
			}
			return node;
		}

		Node and() {
			Node node = unary();
			while (accept("and")) {
				node = new And(node, unary());
			}
			return node;
		}

		Node unary() {
			if (accept("not")) {
				return new Not(unary());
			}
			if (accept("(")) {
				Node node = or();
				expect(")");
				return node;
			}
			return comparison();
		}

		Node comparison() {
			String path = next("a field key");
			if (!ConditionTokens.isPath(path)) {
				throw error("expected a field key but found '" + path + "'");
			}
			if (accept("==")) {
				return new Match(path, List.of(literal()), false);
			}
			if (accept("!=")) {
				return new Match(path, List.of(literal()), true);
			}
			boolean negated = accept("not");
			if (accept("in")) {
				expect("[");
				List<String> literals = new ArrayList<>();
				literals.add(literal());
				while (accept(",")) {
					literals.add(literal());
				}
				expect("]");
				return new Match(path, literals, negated);
			}
			throw error("expected ==, != or in after '" + path + "'");
		}

		String literal() {
			String token = next("a value");
			if (token.startsWith("'") || token.startsWith("\"")) {
				return token.substring(1, token.length() - 1);
			}
			if (token.equals("true") || token.equals("false") || token.matches("-?[0-9]+(\\.[0-9]+)?")) {
				return token;
			}
			throw error("expected a quoted value, true, false or a number but found '" + token + "'");
		}

		private boolean accept(String token) {
			if (this.position < this.tokens.size() && this.tokens.get(this.position).equals(token)) {
				this.position++;
				return true;
			}
			return false;
		}

		private void expect(String token) {
			if (!accept(token)) {
				throw error("expected '" + token + "'");
			}
		}

		private String next(String what) {
			if (this.position >= this.tokens.size()) {
				throw error("expected " + what + " at the end");
			}
			return this.tokens.get(this.position++);
		}

		private IllegalArgumentException error(String reason) {
			return new IllegalArgumentException(reason + " in condition \"" + this.source + "\"");
		}

	}

}
