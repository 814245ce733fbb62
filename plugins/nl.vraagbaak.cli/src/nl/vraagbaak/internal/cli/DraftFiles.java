package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import nl.vraagbaak.core.draft.DraftFormat;
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

	/** Parses a draft's text already read, printing its problems. */
	static ParsedDraft parse(Path file, String text, PrintStream err) {
		ParsedDraft parsed = DraftFormat.parse(text);
		parsed.problems().forEach(p -> err.println(file + ":" + p));
		return parsed;
	}
}
