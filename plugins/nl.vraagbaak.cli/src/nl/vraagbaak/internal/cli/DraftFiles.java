package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import nl.vraagbaak.core.draft.DraftFixes;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.DraftProblem;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.core.read.TextFiles;

/** Reads a draft file for a command and prints its problems as "file:line: ..."; null when it cannot be read. */
final class DraftFiles {
	private DraftFiles() {
	}

	static ParsedDraft read(Path file, String command, PrintStream err) {
		try {
			return parse(file, TextFiles.readUtf8(file), err);
		} catch (CorpusReadException e) {
			err.println("vraagbaak " + command + ": " + e.getMessage());
			return null;
		}
	}

	/**
	 * Parses a draft's text already read, printing its problems, each with the quick fixes the workbench offers for it
	 * ("file:3: error: footnote [1] is referenced but not defined; ... (fix: Add footnote [1] after the questions)").
	 */
	static ParsedDraft parse(Path file, String text, PrintStream err) {
		ParsedDraft parsed = DraftFormat.parse(text);
		for (DraftProblem problem : parsed.problems()) {
			List<String> fixes = DraftFixes.of(text, problem).stream().map(f -> f.label().text()).toList();
			err.println(file + ":" + problem + (fixes.isEmpty() ? "" : " (fix: " + String.join("; or: ", fixes) + ")"));
		}
		return parsed;
	}
}
