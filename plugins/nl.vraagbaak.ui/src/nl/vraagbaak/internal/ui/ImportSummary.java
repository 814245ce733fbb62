package nl.vraagbaak.internal.ui;

import java.text.MessageFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.vraagbaak.core.store.ImportReport;

/**
 * The text of an import's summary, in the workbench's language; its first line a MessageFormat pattern, which says "1
 * document" and "2 documenten".
 */
public final class ImportSummary {
	private ImportSummary() {
	}

	public static String text(ImportReport report) {
		int passages = report.imported().stream().mapToInt(ImportReport.Imported::passages).sum();
		StringBuilder out = new StringBuilder(MessageFormat.format(Messages.Import_summary, new Object[] { report.imported().size(),
				passages, report.skipped().size(), report.failures().size() }));
		if (report.wasCancelled()) {
			out.append('\n').append(MessageFormat.format(Messages.Import_cancelled, report.notImported().size()));
		}
		SummaryDialog.section(out, Messages.Import_importedHeader, report.imported().stream().map(i -> MessageFormat.format(
				Messages.Import_importedLine, new Object[] { i.file(), KindLabels.of(i.kind()), i.passages() })).toList());
		SummaryDialog.section(out, Messages.Import_answeredHeader, report.answered().stream()
				.map(a -> NLS.bind(Messages.Import_answeredLine, a.questions(), a.answeredBy())).toList());
		SummaryDialog.section(out, Messages.Import_skippedHeader, report.skipped().stream()
				.map(k -> NLS.bind(Messages.Import_skippedLine, k.file(), k.existingSource())).toList());
		SummaryDialog.section(out, Messages.Import_failedHeader,
				report.failures().stream().map(f -> f.message(Locale.getDefault())).toList());
		SummaryDialog.section(out, Messages.Import_notImportedHeader, report.notImported());
		return out.toString();
	}
}
