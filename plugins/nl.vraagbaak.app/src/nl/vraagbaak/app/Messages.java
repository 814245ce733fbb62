package nl.vraagbaak.app;

import org.eclipse.osgi.util.NLS;

/** Menu labels: messages.properties is Dutch (the default), messages_en.properties English. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "nl.vraagbaak.app.messages";

	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_edit;
	public static String Menu_navigate;
	public static String Menu_window;
	public static String Menu_showView;
	public static String Menu_help;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
