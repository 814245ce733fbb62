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
			ParsedDraft parsed = DraftFormat.parse(TextFiles.readUtf8(file));
			parsed.problems().forEach(p -> err.println(file + ":" + p));
			return parsed;
		} catch (CorpusReadException e) {
			err.println("vraagbaak " + command + ": " + e.getMessage());
			return null;
		}
	}
}
