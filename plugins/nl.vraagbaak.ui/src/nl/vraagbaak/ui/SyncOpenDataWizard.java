package nl.vraagbaak.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.internal.ui.OpenDataPage;
import nl.vraagbaak.internal.ui.SummaryDialog;
import nl.vraagbaak.internal.ui.SyncSummary;
import nl.vraagbaak.internal.ui.UiPreferences;
import nl.vraagbaak.opendata.SyncReport;
import nl.vraagbaak.search.IndexException;

/**
 * Bestand > Bijwerken uit open data...: fetches the answers and questions changed in the Tweede Kamer's open data since
 * the last sync into the corpus and its index, in a job with progress and cancel (what was stored stays; the next sync
 * goes on from there), then shows what was stored, taken out, skipped and why documents failed.
 */
public class SyncOpenDataWizard extends Wizard implements IImportWizard {
	public static final String ID = "nl.vraagbaak.ui.syncOpenData";

	/** Two syncs at once would fetch the same documents twice: a second one waits for the first. */
	private static final ISchedulingRule ONE_SYNC_AT_A_TIME = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private OpenDataPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.Sync_title);
	}

	@Override
	public void addPages() {
		page = new OpenDataPage();
		addPage(page);
	}

	/**
	 * Starts the sync as a job and closes: a first sync fetches a year of documents, and staff go on writing
	 * meanwhile (the progress dialog's "Op de achtergrond uitvoeren", or the status bar). One sync at a time.
	 */
	@Override
	public boolean performFinish() {
		String service = page.service();
		var since = page.since();
		Display display = getShell().getDisplay();
		Job job = Job.create(Messages.Sync_title, (IProgressMonitor monitor) -> {
			try {
				SyncReport report = CorpusServices.get(monitor).sync(service, since, monitor);
				display.asyncExec(() -> {
					UiPreferences.rememberOpenDataService(service);
					new SummaryDialog(display.getActiveShell(), Messages.Sync_summaryTitle, SyncSummary.text(report)).open();
				});
				return Status.OK_STATUS;
			} catch (IndexException | StoreException e) {
				return new Status(IStatus.ERROR, VraagbaakUi.PLUGIN_ID, NLS.bind(Messages.Sync_failed, e.getMessage()), e);
			}
		});
		job.setUser(true);
		job.setRule(ONE_SYNC_AT_A_TIME);
		job.schedule();
		return true;
	}
}
