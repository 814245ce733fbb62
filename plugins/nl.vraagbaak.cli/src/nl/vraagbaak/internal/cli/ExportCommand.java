package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.draft.NumberingStyle;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.core.read.CorpusReadException;
import nl.vraagbaak.core.read.TextFiles;
import nl.vraagbaak.docx.DraftExporter;
import nl.vraagbaak.docx.ExportOptions;

/**
 * {@code vraagbaak export <draft.kv> -o <file.docx>}: the question set as a Word document in submission form, with
 * warnings for questions already asked and words not in the word list, as the workbench asks before its export.
 */
public final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "<draft.kv> -o <file.docx> [--numbering plain|vraag] [--date YYYY-MM-DD]";
	}

	@Override
	public String summary() {
		return "export a draft to Word (.docx): heading, numbered questions, footnotes";
	}

	@Override
	public Map<String, String> shortOptions() {
		return Map.of("-o", "output");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("output", "numbering", "date");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().size() != 1 || line.value("output", null) == null) {
			throw new UsageException("give one draft and the output file: export draft.kv -o vragen.docx");
		}
		ExportOptions options = new ExportOptions(numbering(line.value("numbering", "plain")), line.dateValue("date"));
		Path draftFile = Path.of(line.positional().get(0));
		Path target = Path.of(line.value("output", null));
		String text;
		try {
			text = TextFiles.readUtf8(draftFile);
		} catch (CorpusReadException e) {
			err.println("vraagbaak export: " + e.getMessage());
			return Cli.PARTIAL;
		}
		ParsedDraft parsed = DraftFiles.parse(draftFile, text, err);
		if (parsed.hasErrors()) {
			err.println("vraagbaak export: " + draftFile + " has errors; nothing was written / niets geschreven");
			return Cli.PARTIAL;
		}
		try {
			DraftExporter.export(parsed.draft(), options, target);
		} catch (IOException e) {
			err.println("vraagbaak export: cannot write " + target + ": " + e.getMessage());
			return Cli.DATA;
		}
		out.println("exported " + parsed.draft().questions().size() + " questions to " + target);
		SubmissionWarnings.print(line, parsed, text, err);
		return Cli.OK;
	}

	private static NumberingStyle numbering(String text) throws UsageException {
		try {
			return NumberingStyle.parse(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}
}
