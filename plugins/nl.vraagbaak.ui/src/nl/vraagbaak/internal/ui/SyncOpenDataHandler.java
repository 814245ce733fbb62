package nl.vraagbaak.internal.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.vraagbaak.ui.SyncOpenDataWizard;

/** Bestand > Bijwerken uit open data...: opens the sync wizard straight away (it is also among the import wizards). */
public final class SyncOpenDataHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		SyncOpenDataWizard wizard = new SyncOpenDataWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
