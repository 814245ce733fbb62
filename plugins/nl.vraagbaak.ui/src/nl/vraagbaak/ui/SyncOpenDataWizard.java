package nl.vraagbaak.ui;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.internal.ui.OpenDataPage;
import nl.vraagbaak.internal.ui.SummaryDialog;
import nl.vraagbaak.internal.ui.SyncSummary;
import nl.vraagbaak.internal.ui.UiPreferences;
import nl.vraagbaak.internal.ui.WizardWork;
import nl.vraagbaak.opendata.SyncReport;

/**
 * Bestand > Bijwerken uit open data...: fetches the answers changed in the Tweede Kamer's open data since the last
 * sync into the corpus and its index, with progress and cancel (what was stored stays; the next sync goes on from
 * there), then shows what was stored, taken out, skipped and why documents failed.
 */
public class SyncOpenDataWizard extends Wizard implements IImportWizard {
	public static final String ID = "nl.vraagbaak.ui.syncOpenData";

	private OpenDataPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.Sync_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new OpenDataPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String service = page.service();
		var since = page.since();
		SyncReport report = WizardWork.run(getContainer(), page, Messages.Sync_failed,
				monitor -> CorpusServices.get(monitor).sync(service, since, monitor));
		if (report == null) {
			return false;
		}
		UiPreferences.rememberOpenDataService(service);
		new SummaryDialog(getShell(), Messages.Sync_summaryTitle, SyncSummary.text(report)).open();
		return true;
	}
}
