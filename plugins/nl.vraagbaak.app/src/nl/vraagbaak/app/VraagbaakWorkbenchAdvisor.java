package nl.vraagbaak.app;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import nl.vraagbaak.ui.VraagbaakPerspective;
import nl.vraagbaak.ui.VraagbaakUi;
import nl.vraagbaak.ui.WorkspaceDossiers;

/**
 * Opens the Vraagbaak perspective on the workspace of dossiers, brings the dossiers in step with the disk after a
 * crash, and saves the workspace on exit.
 */
public class VraagbaakWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// the IDE's adapters let the Problems view show workspace resources and markers
		IDE.registerAdapters();
		configurer.setSaveAndRestore(false);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new VraagbaakWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return VraagbaakPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	/**
	 * After a crash: dossier folders the workspace did not record yet are taken in, and drafts with unsaved text are
	 * opened, so that their editors offer it.
	 */
	@Override
	public void postStartup() {
		try {
			List<String> adopted = WorkspaceDossiers.openDossiers(ResourcesPlugin.getWorkspace());
			if (!adopted.isEmpty()) {
				ILog.of(getClass()).info("Opened or took in dossiers after the last session / dossiers geopend of opgenomen: " + adopted);
			}
			IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null) {
				WorkspaceDossiers.openDraftsWithRecoveryCopies(window.getActivePage());
			}
		} catch (CoreException | IOException e) {
			ILog.of(getClass()).error("Bringing the dossiers in step after the last session failed / dossiers niet"
					+ " bijgewerkt na de vorige sessie: " + e.getMessage(), e);
		}
	}

	@Override
	public boolean preShutdown() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, null);
		} catch (CoreException e) {
			ILog.of(getClass()).error("Saving the workspace failed / werkruimte niet opgeslagen", e);
		}
		return true;
	}

	@Override
	public void postShutdown() {
		VraagbaakUi.shutdown();
	}
}
