package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.opendata.OpenDataSync;
import nl.vraagbaak.opendata.SyncReport;

/**
 * {@code vraagbaak sync}: brings the corpus up to date with the government's answers in the Tweede Kamer's open data.
 * The only command that uses the network.
 */
public final class SyncCommand implements Command {
	@Override
	public String name() {
		return "sync";
	}

	@Override
	public String usage() {
		return "[--since YYYY-MM-DD] [--service URL] [--json]";
	}

	@Override
	public String summary() {
		return "fetch the answers to written questions and lists of questions and answers changed in the Tweede Kamer's"
				+ " open data since the last sync (the only command that uses the network)";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("since", "service");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (!line.positional().isEmpty()) {
			throw new UsageException("sync takes no file names, only --since, --service and --json");
		}
		LocalDate since = line.dateValue("since");
		try (Session session = Session.open(line, err)) {
			if (session == null) {
				return Cli.DATA;
			}
			OpenDataSync sync = new OpenDataSync(line.dataFolder(), session.store(),
					line.value("service", OpenDataSync.SERVICE), session.indexing());
			SyncReport report = sync.run(since == null ? null : since.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime(),
					new DocumentProgress(err));
			print(report, line.flag("json"), out, err);
			return report.complete() ? Cli.OK : Cli.PARTIAL;
		} catch (StoreException e) {
			err.println("vraagbaak sync: " + e.getMessage());
			return Cli.DATA;
		}
	}

	private static void print(SyncReport report, boolean json, PrintStream out, PrintStream err) {
		if (json) {
			Json.print(out, Result.of(report));
		} else {
			report.stored().forEach(s -> out.printf("stored %s: %s, %d passages%n", s.source(),
					KindNames.of(s.kind()), s.passages()));
			report.removed().forEach(r -> out.println("removed " + r.source() + ": " + r.reason().text()));
			report.skipped().forEach(s -> out.println("skipped " + s.document() + ": " + s.reason().text()));
			out.printf("%d stored, %d removed, %d unchanged, %d skipped, %d failed%s%n", report.stored().size(),
					report.removed().size(), report.unchanged(), report.skipped().size(), report.failures().size(),
					report.lastChange() == null ? "" : "; up to date with the changes of " + localTime(report.lastChange()));
		}
		report.failures().forEach(f -> err.println("vraagbaak sync: " + f.reason().text()));
		if (report.stoppedBecause() != null) {
			err.println("vraagbaak sync: stopped / gestopt: " + report.stoppedBecause());
		}
	}

	/** A moment of the open data in this computer's time, as the workbench shows it: "2025-11-22 07:45". */
	private static String localTime(OffsetDateTime moment) {
		return moment.atZoneSameInstant(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
	}

	/** Says on stderr which document is being fetched: a sync of a year's answers takes minutes. */
	private static final class DocumentProgress extends NullProgressMonitor {
		private final PrintStream err;

		DocumentProgress(PrintStream err) {
			this.err = err;
		}

		@Override
		public void subTask(String name) {
			err.println("vraagbaak sync: fetching " + name);
		}
	}

	/** The JSON form of a sync, its reasons in English. */
	public record Result(List<SyncReport.Stored> stored, List<Removed> removed, int unchanged, List<NotStored> skipped,
			List<NotStored> failed, String stoppedBecause, OffsetDateTime lastChange) {
		public record Removed(String source, String reason) {
		}

		public record NotStored(String document, String reason) {
		}

		static Result of(SyncReport report) {
			return new Result(report.stored(),
					report.removed().stream().map(r -> new Removed(r.source(), r.reason().text())).toList(),
					report.unchanged(), notStored(report.skipped()), notStored(report.failures()), report.stoppedBecause(),
					report.lastChange());
		}

		private static List<NotStored> notStored(List<SyncReport.NotStored> documents) {
			return documents.stream().map(d -> new NotStored(d.document(), d.reason().text())).toList();
		}
	}
}
