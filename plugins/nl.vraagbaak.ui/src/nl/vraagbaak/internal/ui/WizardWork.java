package nl.vraagbaak.internal.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;

/**
 * Long work a wizard's Finish starts (an import, a sync): run off the display thread in the wizard's dialog, with its
 * progress bar and Cancel; a failure is shown on the page, which stays open.
 */
public final class WizardWork {
	/** The work, told of progress and asked about Cancel through the monitor. */
	@FunctionalInterface
	public interface Work<T> {
		T run(IProgressMonitor monitor) throws Exception;
	}

	private WizardWork() {
	}

	/**
	 * @param failure the page's message when the work fails, with {0} for the reason
	 * @return what the work returned, or null when it failed (said on the page) or was interrupted
	 */
	public static <T> T run(IWizardContainer container, WizardPage page, String failure, Work<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		try {
			container.run(true, true, monitor -> {
				try {
					result.set(work.run(monitor));
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(NLS.bind(failure, e.getCause().getMessage()));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		return result.get();
	}
}
