package nl.vraagbaak.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: titled "Vraagbaak", with menus and a status line. */
public class VraagbaakWindowAdvisor extends WorkbenchWindowAdvisor {
	public static final String TITLE = "Vraagbaak";

	public VraagbaakWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new VraagbaakActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1400, 900));
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(TITLE);
	}

	@Override
	public void postWindowOpen() {
		// a measurable start-up mark for the launch-time figure (see README, "Measurements")
		System.out.println("vraagbaak: first window open at " + System.currentTimeMillis());
	}
}
