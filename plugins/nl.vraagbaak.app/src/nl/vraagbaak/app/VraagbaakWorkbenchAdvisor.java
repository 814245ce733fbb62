package nl.vraagbaak.app;

import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import nl.vraagbaak.ui.VraagbaakPerspective;
import nl.vraagbaak.ui.VraagbaakUi;

/** Opens the Vraagbaak perspective on the workspace of dossiers and saves the workspace on exit. */
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
