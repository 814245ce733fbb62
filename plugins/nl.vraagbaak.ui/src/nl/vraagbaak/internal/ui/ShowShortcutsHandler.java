package nl.vraagbaak.internal.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.keys.IBindingService;

/** Help > Sneltoetsen (Ctrl+Shift+L): the keys staff use, in Dutch. */
public final class ShowShortcutsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IBindingService bindings = HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(IBindingService.class);
		new ShortcutsDialog(HandlerUtil.getActiveShellChecked(event), bindings).open();
		return null;
	}
}
