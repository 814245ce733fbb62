package nl.vraagbaak.internal.ui;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import nl.vraagbaak.core.store.ImportReport;

/** The text of an import's summary, in the workbench's language. */
public final class ImportSummary {
	private ImportSummary() {
	}

	public static String text(ImportReport report) {
		int passages = report.imported().stream().mapToInt(ImportReport.Imported::passages).sum();
		StringBuilder out = new StringBuilder(NLS.bind(Messages.Import_summary, new Object[] { report.imported().size(),
				passages, report.skipped().size(), report.failures().size() }));
		if (report.wasCancelled()) {
			out.append('\n').append(NLS.bind(Messages.Import_cancelled, report.notImported().size()));
		}
		if (!report.imported().isEmpty()) {
			out.append("\n\n").append(Messages.Import_importedHeader);
			for (ImportReport.Imported imported : report.imported()) {
				out.append("\n  ").append(NLS.bind(Messages.Import_importedLine, new Object[] { imported.file(),
						KindLabels.of(imported.kind()), imported.passages() }));
			}
		}
		if (!report.answered().isEmpty()) {
			out.append("\n\n").append(Messages.Import_answeredHeader);
			for (ImportReport.Answered answered : report.answered()) {
				out.append("\n  ").append(NLS.bind(Messages.Import_answeredLine, answered.questions(), answered.answeredBy()));
			}
		}
		if (!report.skipped().isEmpty()) {
			out.append("\n\n").append(Messages.Import_skippedHeader);
			for (ImportReport.Skipped skipped : report.skipped()) {
				out.append("\n  ").append(NLS.bind(Messages.Import_skippedLine, skipped.file(), skipped.existingSource()));
			}
		}
		if (report.hasFailures()) {
			out.append("\n\n").append(Messages.Import_failedHeader);
			for (ImportReport.Failure failure : report.failures()) {
				out.append("\n  ").append(failure.message());
			}
		}
		if (report.wasCancelled()) {
			out.append("\n\n").append(Messages.Import_notImportedHeader);
			for (Path file : report.notImported()) {
				out.append("\n  ").append(file);
			}
		}
		return out.toString();
	}
}
