package nl.vraagbaak.core.draft;

import java.util.List;

/**
 * The result of parsing a draft's text: the draft as far as it could be read, the problems with their lines, where
 * each question stands (for markers and the outline), and the original lines, none of which is ever dropped.
 */
public record ParsedDraft(Draft draft, List<DraftProblem> problems, List<QuestionSpan> spans, List<String> lines) {

	/** Where question {@code number} (1-based) stands: its first and last line, 1-based. */
	public record QuestionSpan(int number, int firstLine, int lastLine) {
	}

	public ParsedDraft {
		problems = List.copyOf(problems);
		spans = List.copyOf(spans);
		lines = List.copyOf(lines);
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(p -> p.severity() == DraftProblem.Severity.ERROR);
	}
}
