package nl.vraagbaak.core.draft;

import java.util.List;
import java.util.Optional;

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
		return firstError().isPresent();
	}

	/**
	 * The first error, if any. A draft with errors holds text its model cannot place (a line outside a question, a
	 * footnote defined twice, an unknown directive, a heading it cannot read): printing it would drop that text, so
	 * nothing rewrites such a draft (saving does not renumber it, quick fixes and Citeer refuse) until it is mended.
	 */
	public Optional<DraftProblem> firstError() {
		return problems.stream().filter(p -> p.severity() == DraftProblem.Severity.ERROR).findFirst();
	}

	/**
	 * The first error that stops a rewrite of the text: every error but a question without text ("2. " just typed),
	 * which prints back as it is. Citing an answer under question 1 while question 2 is still being started loses
	 * nothing, and is not refused.
	 */
	public Optional<DraftProblem> rewriteBlocker() {
		return problems.stream().filter(p -> p.severity() == DraftProblem.Severity.ERROR && !p.isEmptyQuestion())
				.findFirst();
	}

	/**
	 * Whether a problem is the last question having no text yet: the state of a question being started (a new set
	 * opens with "1. "), which the editor does not mark while it is written; the export still refuses it.
	 */
	public boolean isBeingStarted(DraftProblem problem) {
		return problem.isEmptyQuestion() && !spans.isEmpty() && spans.get(spans.size() - 1).firstLine() == problem.line();
	}
}
