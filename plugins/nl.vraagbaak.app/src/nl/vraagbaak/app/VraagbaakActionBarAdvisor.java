package nl.vraagbaak.app;

import java.util.Map;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import nl.vraagbaak.ui.ExportWordWizard;
import nl.vraagbaak.ui.ImportCorpusWizard;

/** The menu bar: File, Edit, Window, Help, with the places other bundles contribute their commands to. */
public class VraagbaakActionBarAdvisor extends ActionBarAdvisor {

	public VraagbaakActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		file.add(new Separator());
		file.add(action(ActionFactory.SAVE, window));
		file.add(action(ActionFactory.SAVE_ALL, window));
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.PRINT_EXT));
		file.add(new Separator());
		// straight to Vraagbaak's own wizards: the generic choosers would offer one entry each (Eclipse's own
		// import and export wizards, for projects, archives and preferences, are hidden by the application's activity)
		file.add(wizard(window, IWorkbenchCommandConstants.FILE_IMPORT, IWorkbenchCommandConstants.FILE_IMPORT_PARM_WIZARDID,
				ImportCorpusWizard.ID));
		file.add(wizard(window, IWorkbenchCommandConstants.FILE_EXPORT, IWorkbenchCommandConstants.FILE_EXPORT_PARM_WIZARDID,
				ExportWordWizard.ID));
		file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(action(ActionFactory.QUIT, window));
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(action(ActionFactory.UNDO, window));
		edit.add(action(ActionFactory.REDO, window));
		// the text editors' action contributors add their actions to these standard groups
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(action(ActionFactory.CUT, window));
		edit.add(action(ActionFactory.COPY, window));
		edit.add(action(ActionFactory.PASTE, window));
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator());
		edit.add(action(ActionFactory.SELECT_ALL, window));
		edit.add(action(ActionFactory.FIND, window));
		edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.Menu_showView);
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(showView);
		windowMenu.add(action(ActionFactory.RESET_PERSPECTIVE, window));
		windowMenu.add(new Separator());
		windowMenu.add(action(ActionFactory.PREFERENCES, window));

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(action(ActionFactory.ABOUT, window));

		menuBar.add(file);
		menuBar.add(edit);
		MenuManager navigate = new MenuManager(Messages.Menu_navigate, IWorkbenchActionConstants.M_NAVIGATE);
		navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_START));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		navigate.add(new GroupMarker(IWorkbenchActionConstants.NAV_END));
		menuBar.add(navigate);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	/**
	 * A menu item that opens one wizard through the workbench command that would otherwise ask which. The command's
	 * handler labels the item with the wizard's name (plugin.xml of nl.vraagbaak.ui) followed by "...".
	 */
	private static CommandContributionItem wizard(IWorkbenchWindow window, String command, String parameter,
			String wizardId) {
		CommandContributionItemParameter item = new CommandContributionItemParameter(window, wizardId, command,
				CommandContributionItem.STYLE_PUSH);
		item.parameters = Map.of(parameter, wizardId);
		return new CommandContributionItem(item);
	}

	/** Creates a standard workbench action and registers it, so its key binding works and it is disposed. */
	private IAction action(ActionFactory factory, IWorkbenchWindow window) {
		IWorkbenchAction action = factory.create(window);
		register(action);
		return action;
	}
}
