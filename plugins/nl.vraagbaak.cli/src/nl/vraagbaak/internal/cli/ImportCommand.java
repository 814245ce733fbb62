package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.store.ImportReport;
import nl.vraagbaak.core.store.Importer;

/** {@code vraagbaak import <file|dir>...}: reads files into the corpus store. */
public final class ImportCommand implements Command {
	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return "<file|dir>... [--json]";
	}

	@Override
	public String summary() {
		return "import documents (question lists, written answers, question sets, letters, Kamervragen CSV, Word, PDF)"
				+ " into the corpus";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().isEmpty()) {
			throw new UsageException("name at least one file or folder to import");
		}
		try (Session session = Session.open(line, err)) {
			if (session == null) {
				return Cli.DATA;
			}
			Importer importer = new Importer(session.store()).addListener(session.indexing());
			ImportReport report = importer.importPaths(line.positional().stream().map(Path::of).toList(),
					new NullProgressMonitor());
			return report(report, line, out, err);
		}
	}

	private static int report(ImportReport report, CommandLine line, PrintStream out, PrintStream err) {
		if (line.flag("json")) {
			Json.print(out, Result.of(report));
		} else {
			for (ImportReport.Imported done : report.imported()) {
				out.printf("imported %s: %s, %d passages%n", done.file(), KindNames.of(done.kind()),
						done.passages());
			}
			report.answered().forEach(a -> out.printf("removed %s: answered in %s / beantwoord in %s%n", a.questions(),
					a.answeredBy(), a.answeredBy()));
			report.skipped().forEach(s -> out.printf("skipped %s: already in the corpus as %s / al in het corpus als %s%n",
					s.file(), s.existingSource(), s.existingSource()));
			out.printf("%d imported, %d skipped, %d failed%n", report.imported().size(), report.skipped().size(),
					report.failures().size());
		}
		report.failures().forEach(f -> err.println("vraagbaak import: " + f.message()));
		return report.hasFailures() ? Cli.PARTIAL : Cli.OK;
	}

	/** The JSON form of an import: what was stored (file, source, kind, passages) and what failed, with why. */
	public record Result(List<Imported> imported, List<Skipped> skipped, List<Failed> failed) {
		public record Imported(String file, String source, String kind, int passages) {
		}

		public record Skipped(String file, String existingSource) {
		}

		public record Failed(String file, String message) {
		}

		static Result of(ImportReport report) {
			return new Result(report.imported().stream()
					.map(i -> new Imported(i.file().toString(), i.source(), i.kind(), i.passages())).toList(),
					report.skipped().stream().map(s -> new Skipped(s.file().toString(), s.existingSource())).toList(),
					report.failures().stream().map(f -> new Failed(f.file().toString(), f.message())).toList());
		}
	}
}
