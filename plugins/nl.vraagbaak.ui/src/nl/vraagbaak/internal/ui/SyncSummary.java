package nl.vraagbaak.internal.ui;

import java.text.MessageFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.vraagbaak.opendata.SyncReport;

/**
 * The text of a sync's summary, in the workbench's language; its first line a MessageFormat pattern, which says "1
 * document" and "2 documenten".
 */
public final class SyncSummary {
	private SyncSummary() {
	}

	public static String text(SyncReport report) {
		int passages = report.stored().stream().mapToInt(SyncReport.Stored::passages).sum();
		StringBuilder out = new StringBuilder(MessageFormat.format(Messages.Sync_summary, new Object[] { report.stored().size(),
				passages, report.removed().size(), report.unchanged(), report.skipped().size(),
				report.failures().size() }));
		if (report.stoppedBecause() != null) {
			out.append('\n').append(NLS.bind(Messages.Sync_stopped, report.stoppedBecause()));
		}
		if (report.wasCancelled()) {
			out.append('\n').append(Messages.Sync_cancelled);
		}
		if (report.lastChange() != null) {
			out.append('\n').append(NLS.bind(Messages.Sync_lastChange, SyncMoments.format(report.lastChange())));
		}
		SummaryDialog.section(out, Messages.Sync_storedHeader, report.stored().stream()
				.map(s -> MessageFormat.format(Messages.Import_importedLine, new Object[] { s.source(), KindLabels.of(s.kind()), s.passages() })).toList());
		Locale language = Locale.getDefault();
		SummaryDialog.section(out, Messages.Sync_removedHeader,
				report.removed().stream().map(r -> r.source() + ": " + r.reason().in(language)).toList());
		SummaryDialog.section(out, Messages.Sync_skippedHeader,
				report.skipped().stream().map(s -> s.document() + ": " + s.reason().in(language)).toList());
		SummaryDialog.section(out, Messages.Sync_failedHeader,
				report.failures().stream().map(f -> f.reason().in(language)).toList());
		return out.toString();
	}
}
