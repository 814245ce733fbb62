package nl.vraagbaak.core.draft;

/** Something wrong in a draft's text, at a 1-based line; errors make the draft unfit to hand in, warnings do not. */
public record DraftProblem(int line, Severity severity, String message) {
	public enum Severity {
		ERROR, WARNING
	}

	@Override
	public String toString() {
		return line + ": " + (severity == Severity.ERROR ? "error" : "warning") + ": " + message;
	}
}
